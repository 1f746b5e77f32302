// The TCP model's public API. Pure: no DOM, no clock, no randomness.
export * from './seq.ts';
export * from './types.ts';
export { TRANSITIONS, ruleFor } from './transitions.ts';
export type { TransitionRule, TriggerKind } from './transitions.ts';
export { createEndpoint, snapshot, step } from './endpoint.ts';
export type { CallResult, Emission, Endpoint, Input, StepOptions, StepResult } from './endpoint.ts';
export { DEFAULT_MSL, LINUX, PROFILE_RULES, RFC9293 } from './profiles.ts';
export type { ProfileRules } from './profiles.ts';
export { parseScenario, ScenarioError } from './scenario.ts';
export type { InjectedSegment, Scenario, ScenarioEvent, NthSent } from './scenario.ts';
export { simulate } from './simulate.ts';
export type { CallReturn, Run, SentSegment, SideTransition, Step, StepEvent } from './simulate.ts';
export { toOracleTrace, traceOracleScenario } from './oracle.ts';
export type { OracleTrace, TraceSegment } from './oracle.ts';
