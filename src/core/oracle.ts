// The oracle adapter: a scenario in the oracle README's JSON format in, its trace in the README's
// output format out. Used by the trace command (scripts/trace.ts), the conformance test and the
// views that compare runs by what the oracle would see; the simulation itself knows nothing of it.
import { parseScenario } from './scenario.ts';
import { simulate } from './simulate.ts';
import type { Run } from './simulate.ts';
import type { CallName, Flag, Side, SocketError, TcpState } from './types.ts';

/** One transmitted segment in the oracle README's trace format. */
export interface TraceSegment {
  readonly t: number;
  readonly from: Side;
  readonly flags: readonly Flag[];
  readonly seq: number;
  readonly ack: number | null;
  readonly len: number;
  readonly dropped: boolean;
}

/** The oracle README's output format: segments, each side's states, the calls' errors. */
export interface OracleTrace {
  readonly segments: readonly TraceSegment[];
  readonly states: Readonly<Record<Side, readonly { readonly t: number; readonly state: TcpState }[]>>;
  readonly errors: readonly { readonly t: number; readonly who: Side; readonly call: CallName; readonly error: SocketError }[];
}

/** Rounds simulated seconds to the microsecond, so traces print cleanly. */
function micro(t: number): number {
  return Math.round(t * 1e6) / 1e6;
}

/** The run in the oracle README's output format (injected segments are nobody's transmissions). */
export function toOracleTrace(run: Run): OracleTrace {
  const states: Record<Side, { t: number; state: TcpState }[]> = {
    client: [{ t: 0, state: run.initial.client.state }],
    server: [{ t: 0, state: run.initial.server.state }],
  };
  const errors: { t: number; who: Side; call: CallName; error: SocketError }[] = [];
  for (const s of run.steps) {
    for (const tr of s.transitions) states[tr.side].push({ t: micro(s.t), state: tr.to });
    for (const r of s.returns) if (r.error) errors.push({ t: micro(r.t), who: r.side, call: r.call, error: r.error });
  }
  const segments = run.segments
    .filter((s) => !s.injected)
    .map((s) => ({
      t: micro(s.t),
      from: s.from,
      flags: s.segment.flags,
      seq: s.segment.seq as number,
      ack: s.segment.ack as number | null,
      len: s.segment.len,
      dropped: s.dropped,
    }));
  return { segments, states, errors };
}

/**
 * Validates an oracle scenario (throws ScenarioError), runs it, and returns the oracle trace.
 * `drops[].nth` is taken as written: the lost segment itself, counted from 1 among that side's
 * transmissions, retransmissions included (the oracle README).
 */
export function traceOracleScenario(json: unknown): OracleTrace {
  return toOracleTrace(simulate(parseScenario(json)));
}
