// The network and the two applications around two endpoints: a deterministic discrete-event
// simulation. Same scenario in, same Run out, always.
import type { Scenario } from './scenario.ts';
import type {
  Call,
  CallName,
  EndpointSnapshot,
  Profile,
  Reason,
  Segment,
  Side,
  SocketError,
  TimerKind,
  Transition,
} from './types.ts';

/** A segment put on the wire (or injected into it), with its fate. */
export interface SentSegment {
  /** Index in Run.segments. */
  readonly id: number;
  readonly from: Side;
  readonly to: Side;
  /** When it left its sender (for an injected segment: when it arrives). */
  readonly t: number;
  readonly segment: Segment;
  /** 1-based count among the segments `from` transmitted; 0 for an injected segment. */
  readonly nth: number;
  readonly dropped: boolean;
  readonly duplicated: boolean;
  /** An old duplicate the scenario made up; no endpoint sent it in this run. */
  readonly injected: boolean;
  /** Times it reaches `to`: empty when dropped, two when duplicated. */
  readonly arrivals: readonly number[];
  /** Why the sender sent it (for an injected segment: 'network.inject_old_duplicate'). */
  readonly reason: Reason;
}

/** What a step processed. For 'arrive' and 'lost', `side` is the receiver. */
export type StepEvent =
  | { readonly kind: 'call'; readonly side: Side; readonly call: Call }
  | { readonly kind: 'arrive'; readonly side: Side; readonly segment: SentSegment }
  | { readonly kind: 'lost'; readonly side: Side; readonly segment: SentSegment }
  | { readonly kind: 'timer'; readonly side: Side; readonly timer: TimerKind };

/** A blocking call returning, or any call failing. */
export interface CallReturn {
  readonly t: number;
  readonly side: Side;
  readonly call: CallName;
  readonly error?: SocketError;
}

export interface SideTransition extends Transition {
  readonly side: Side;
}

export interface Step {
  readonly index: number;
  readonly t: number;
  readonly event: StepEvent;
  /** Segments transmitted while processing the event. */
  readonly sent: readonly SentSegment[];
  readonly transitions: readonly SideTransition[];
  /** Every reason in the step: the transitions' and the sent segments', in order. */
  readonly reasons: readonly Reason[];
  readonly returns: readonly CallReturn[];
  /** Both endpoints after the step. */
  readonly client: EndpointSnapshot;
  readonly server: EndpointSnapshot;
  /** Segments still travelling after the step. */
  readonly inFlight: readonly SentSegment[];
}

export interface Run {
  readonly scenario: Scenario;
  readonly profile: Profile;
  /** Both endpoints before the first step. */
  readonly initial: { readonly client: EndpointSnapshot; readonly server: EndpointSnapshot };
  readonly steps: readonly Step[];
  /** Every transmitted segment, in time order. */
  readonly segments: readonly SentSegment[];
  /** The simulation stopped at this time. */
  readonly end: number;
}
