// Mermaid text for the two diagrams the course draws from the model itself:
// a trace as a `sequenceDiagram`, and the transition table as a `stateDiagram-v2`.
// Labels are protocol notation only (flags, numbers, state names, trigger kinds);
// callers that want words pass label functions, so no prose lives in the core.
import type { TraceSegment } from './oracle.ts';
import type { Run, SentSegment } from './simulate.ts';

export type { TraceSegment };
import type { Flag, Reason, Side, TcpState } from './types.ts';
import { SIDES, TCP_STATES, otherSide } from './types.ts';
import type { TransitionRule, TriggerKind } from './transitions.ts';
import { seqDiff, seqNum } from './seq.ts';

// ---------------------------------------------------------------------------
// Escaping

// Mermaid ends a statement at a newline or `;`, reads `#...;` as an entity
// code, treats `%%` as the start of a comment and `"` as the end of a quoted
// name. Everything we write into a label goes through here (as numeric entity
// codes, in one pass), so a caller's translated text cannot break the diagram.
export function escapeMermaidText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[#;%"]/g, (c) => `#${c.charCodeAt(0)};`);
}

function accessibilityLines(opts: { accTitle?: string; accDescr?: string }): string[] {
  const lines: string[] = [];
  if (opts.accTitle !== undefined) lines.push(`  accTitle: ${escapeMermaidText(opts.accTitle)}`);
  if (opts.accDescr !== undefined) lines.push(`  accDescr: ${escapeMermaidText(opts.accDescr)}`);
  return lines;
}

// ---------------------------------------------------------------------------
// Sequence diagram of a run or a trace

export interface TraceLike {
  readonly segments: readonly TraceSegment[];
  readonly states: Readonly<Record<Side, readonly { readonly t: number; readonly state: TcpState }[]>>;
  readonly errors: readonly { readonly t: number; readonly who: Side; readonly call: string; readonly error: string }[];
}

/**
 * How sequence and acknowledgement numbers are written:
 * - `absolute`: the 32-bit numbers on the wire;
 * - `relative`: distance from the sender's ISN (seq) or the receiver's ISN (ack), as Wireshark does;
 * - `symbolic`: like `relative` but named after the ISN, e.g. `seq=J ack=K+1` (see `symbols`).
 * A side's ISN is the seq of the first SYN it sent; a side that never sent one keeps absolute numbers.
 */
export type NumberStyle = 'absolute' | 'relative' | 'symbolic';

export interface SegmentLabelInput {
  readonly from: Side;
  readonly flags: readonly Flag[];
  /** Already formatted in the chosen number style. */
  readonly seq: string;
  readonly ack: string | null;
  readonly len: number;
  readonly dropped: boolean;
  /** An old duplicate the scenario injected (drawn with a dashed arrow). */
  readonly injected: boolean;
  /** Why it was sent; only a Run knows (a trace does not). */
  readonly reason?: Reason;
}

export interface SequenceDiagramOptions {
  /** Display names of the two participants (translated by the caller); default `client`, `server`. */
  readonly names?: Partial<Record<Side, string>>;
  readonly numbers?: NumberStyle;
  /** Names of the ISNs in `symbolic` style; default client `J`, server `K` (the source article's letters). */
  readonly symbols?: Partial<Record<Side, string>>;
  readonly accTitle?: string;
  readonly accDescr?: string;
  /** Draw each state change as a note over its side (default true). */
  readonly states?: boolean;
  readonly segmentLabel?: (segment: SegmentLabelInput) => string;
  readonly stateLabel?: (state: TcpState, who: Side) => string;
  readonly errorLabel?: (error: { readonly call: string; readonly error: string }, who: Side) => string;
}

export function defaultSegmentLabel(s: SegmentLabelInput): string {
  const parts = [s.flags.join(','), `seq=${s.seq}`];
  if (s.ack !== null) parts.push(`ack=${s.ack}`);
  if (s.len > 0) parts.push(`len=${s.len}`);
  return parts.join(' ');
}

/** A trace segment as the diagram draws it: when it left is its place in the event order. */
interface DiagramSegment extends Omit<TraceSegment, 't'> {
  readonly injected: boolean;
  readonly reason?: Reason;
}

type DiagramEvent =
  | { readonly kind: 'segment'; readonly segment: DiagramSegment }
  | { readonly kind: 'state'; readonly who: Side; readonly state: TcpState }
  | { readonly kind: 'error'; readonly who: Side; readonly call: string; readonly error: string };

function isRun(source: Run | TraceLike): source is Run {
  return 'steps' in source;
}

// A Run is already in causal order: within a step the state changes come
// first (connect → SYN_SENT), then what they made the endpoint send, then what
// a call returned. Sent segments are drawn when they leave; an injected old
// duplicate has no sender in this run, so it is drawn when it arrives.
function eventsOfRun(run: Run): DiagramEvent[] {
  const events: DiagramEvent[] = [];
  const segment = (s: SentSegment): DiagramEvent => ({
    kind: 'segment',
    segment: { ...s.segment, from: s.from, dropped: s.dropped, injected: s.injected, reason: s.reason },
  });
  for (const step of run.steps) {
    if (step.event.kind === 'arrive' && step.event.segment.injected) events.push(segment(step.event.segment));
    for (const tr of step.transitions) events.push({ kind: 'state', who: tr.side, state: tr.to });
    for (const s of step.sent) events.push(segment(s));
    for (const r of step.returns) {
      if (r.error !== undefined) events.push({ kind: 'error', who: r.side, call: r.call, error: r.error });
    }
  }
  return events;
}

// A trace has three separate lists; merge them by time. At equal times a
// state change of side X goes after a segment from the other side (which
// caused it, on a zero-delay link) and before a segment from X itself (which
// it caused: connect → SYN_SENT → SYN). Errors go last: they are what a call returned.
type TimedEvent = DiagramEvent & { readonly t: number };
function eventsOfTrace(trace: TraceLike): DiagramEvent[] {
  const timed: TimedEvent[] = [
    ...trace.segments.map((s): TimedEvent => ({ kind: 'segment', t: s.t, segment: { ...s, injected: false } })),
    ...SIDES.flatMap((who) =>
      trace.states[who]
        // Both sides start CLOSED; the trace lists it, the diagram need not say it.
        .filter((s, i) => !(i === 0 && s.state === 'CLOSED'))
        .map((s): TimedEvent => ({ kind: 'state', t: s.t, who, state: s.state })),
    ),
    ...trace.errors.map((e): TimedEvent => ({ kind: 'error', t: e.t, who: e.who, call: e.call, error: e.error })),
  ];
  return timed
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.t - b.e.t || tieBreak(a.e, b.e) || a.i - b.i)
    .map(({ e }) => e);
}
const KIND_ORDER = { segment: 1, state: 2, error: 3 } as const;
function tieBreak(a: DiagramEvent, b: DiagramEvent): number {
  if (a.kind === 'segment' && b.kind === 'state') return a.segment.from === b.who ? 1 : -1;
  if (a.kind === 'state' && b.kind === 'segment') return -tieBreak(b, a);
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

function isnsOf(events: readonly DiagramEvent[]): Partial<Record<Side, number>> {
  const isns: Partial<Record<Side, number>> = {};
  for (const e of events) {
    if (e.kind === 'segment' && !e.segment.injected && e.segment.flags.includes('SYN')) {
      isns[e.segment.from] ??= e.segment.seq;
    }
  }
  return isns;
}

function numberFormatter(
  style: NumberStyle,
  isns: Partial<Record<Side, number>>,
  symbols: Record<Side, string>,
): (n: number, owner: Side) => string {
  return (n, owner) => {
    const isn = isns[owner];
    if (style === 'absolute' || isn === undefined) return String(n);
    const d = seqDiff(seqNum(n), seqNum(isn));
    if (style === 'relative') return String(d);
    const name = symbols[owner];
    return d === 0 ? name : d > 0 ? `${name}+${d}` : `${name}${d}`;
  };
}

/** A run (or an oracle-format trace) as a mermaid `sequenceDiagram`: one arrow per segment on the wire. */
/**
 * A note goes on its side's outer edge (the client's line is on the left), as the stepper draws a
 * state box: beside the line, just below the arrow, clear of the arrows.
 */
function noteSide(who: Side): 'left of' | 'right of' {
  return who === 'client' ? 'left of' : 'right of';
}

export function sequenceDiagramOf(source: Run | TraceLike, opts: SequenceDiagramOptions = {}): string {
  const events = isRun(source) ? eventsOfRun(source) : eventsOfTrace(source);
  const names: Record<Side, string> = { client: 'client', server: 'server', ...opts.names };
  const symbols: Record<Side, string> = { client: 'J', server: 'K', ...opts.symbols };
  const format = numberFormatter(opts.numbers ?? 'absolute', isnsOf(events), symbols);
  const segmentLabel = opts.segmentLabel ?? defaultSegmentLabel;
  const stateLabel = opts.stateLabel ?? ((state: TcpState) => state);
  const errorLabel = opts.errorLabel ?? ((e: { call: string; error: string }) => `${e.call}: ${e.error}`);
  const showStates = opts.states ?? true;

  const lines = ['sequenceDiagram', ...accessibilityLines(opts)];
  for (const who of SIDES) lines.push(`  participant ${who} as ${escapeMermaidText(names[who])}`);
  for (const e of events) {
    if (e.kind === 'segment') {
      const s = e.segment;
      const to = otherSide(s.from);
      const label = segmentLabel({
        from: s.from,
        flags: s.flags,
        seq: format(s.seq, s.from),
        ack: s.ack === null ? null : format(s.ack, to),
        len: s.len,
        dropped: s.dropped,
        injected: s.injected,
        ...(s.reason ? { reason: s.reason } : {}),
      });
      // `-x` ends the line in a cross: the segment left but never arrived.
      // `-->>` is dashed: an old duplicate, not sent by anyone in this run.
      const arrow = s.dropped ? '-x' : s.injected ? '-->>' : '->>';
      lines.push(`  ${s.from}${arrow}${to}: ${escapeMermaidText(label)}`);
    } else if (e.kind === 'state') {
      if (showStates) lines.push(`  Note ${noteSide(e.who)} ${e.who}: ${escapeMermaidText(stateLabel(e.state, e.who))}`);
    } else {
      lines.push(`  Note ${noteSide(e.who)} ${e.who}: ${escapeMermaidText(errorLabel({ call: e.call, error: e.error }, e.who))}`);
    }
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// State diagram of the transition table

/**
 * RFC 9293 Figure 5's reading order (TCP_STATES is declared in it), so the generated text is
 * stable whatever the table's order.
 */
export const STATE_ORDER: readonly TcpState[] = TCP_STATES;

export interface StateDiagramOptions {
  readonly accTitle?: string;
  readonly accDescr?: string;
  /** The text on an arc; default `defaultTransitionLabel`. */
  readonly label?: (rule: TransitionRule) => string;
  /** Display name of a state (the diagram's ids stay the RFC names). */
  readonly stateName?: (state: TcpState) => string;
  /** Keep only some arcs (e.g. one profile's); default all. */
  readonly filter?: (rule: TransitionRule) => boolean;
}

/** `call:connect` → `connect`, `rcv:SYN+ACK` → `rcv SYN,ACK`, `timeout:time_wait` → `timeout time_wait`. */
export function defaultTriggerLabel(trigger: TriggerKind): string {
  const [kind, what = ''] = trigger.split(':');
  if (kind === 'call') return what;
  return `${kind} ${what.replace(/\+/g, ',')}`;
}

/** Compact protocol notation, Figure 5 style: `rcv SYN / snd SYN,ACK`. */
export function defaultTransitionLabel(rule: TransitionRule): string {
  const trigger = defaultTriggerLabel(rule.trigger);
  return rule.send && rule.send.length > 0 ? `${trigger} / snd ${rule.send.join(',')}` : trigger;
}

/** Arcs of the lesson-only hypothetical two-way handshake are not TCP; leave them out by default. */
function isRealTcp(rule: TransitionRule): boolean {
  return rule.source !== 'hypothetical';
}

export function stateDiagramOf(rules: readonly TransitionRule[], opts: StateDiagramOptions = {}): string {
  const label = opts.label ?? defaultTransitionLabel;
  const keep = opts.filter ?? isRealTcp;
  const rank = (s: TcpState): number => STATE_ORDER.indexOf(s);

  const arcs = rules
    .filter(keep)
    .map((rule, i) => ({ rule, i, text: escapeMermaidText(label(rule)) }))
    .sort((a, b) => rank(a.rule.from) - rank(b.rule.from) || rank(a.rule.to) - rank(b.rule.to) || a.i - b.i);

  const lines = ['stateDiagram-v2', ...accessibilityLines(opts), '  [*] --> CLOSED'];
  if (opts.stateName) {
    const used = new Set<TcpState>(['CLOSED', ...arcs.flatMap((a) => [a.rule.from, a.rule.to])]);
    for (const state of STATE_ORDER) {
      if (used.has(state)) lines.push(`  state "${escapeMermaidText(opts.stateName(state))}" as ${state}`);
    }
  }
  // Two rules may read the same once labelled (e.g. several resets); one arrow says it.
  const seen = new Set<string>();
  for (const { rule, text } of arcs) {
    const line = text ? `  ${rule.from} --> ${rule.to}: ${text}` : `  ${rule.from} --> ${rule.to}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}
