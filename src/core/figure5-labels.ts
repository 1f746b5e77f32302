// What each arc of the Figure 5 drawing says, worked out from the rules it stands for: the event
// (Figure 5's "rcv SYN", "CLOSE", "Timeout=2MSL") and the action (its "snd SYN,ACK", "create TCB",
// "delete TCB", or "x" for nothing), with the sent flags taken from the table's `send`. Tokens,
// not words: the views translate them.
import type { DiagramArc } from './figure5.ts';
import { TRANSITIONS, type TransitionRule } from './transitions.ts';
import type { Flag } from './types.ts';

export type ArcEvent =
  | 'passive-open'
  | 'active-open'
  | 'send'
  | 'close'
  | 'close-unread'
  | 'abort'
  | 'rcv-syn'
  | 'rcv-syn-ack'
  | 'rcv-ack-of-syn'
  | 'rcv-ack-of-fin'
  | 'rcv-fin'
  | 'rcv-fin-ack-of-fin'
  | 'rcv-rst'
  | 'rcv-data-after-close'
  | 'give-up'
  | 'timeout-2msl'
  | 'fin-wait-2-timeout';

/** Which kind of open an arc depends on (Figure 5's note 1): SYN-RECEIVED goes back to LISTEN only after a passive one. */
export type OpenQualifier = 'after-passive-open' | 'after-active-open';

export interface ArcLabelLine {
  readonly events: readonly ArcEvent[];
  readonly qualifier?: OpenQualifier;
  /** The arc is Linux's, not RFC 9293's. */
  readonly linux?: boolean;
  /** Figure 5's "create TCB" / "delete TCB". */
  readonly tcb?: 'create' | 'delete';
  /** Control bits sent; empty with no `tcb` reads "x", as in Figure 5. */
  readonly send: readonly Flag[];
}

export interface ArcLabel {
  readonly lines: readonly ArcLabelLine[];
  readonly modelled: boolean;
}

const byRule = new Map<string, TransitionRule>(TRANSITIONS.map((t) => [t.rule, t]));

export function ruleOf(key: string): TransitionRule {
  const rule = byRule.get(key);
  if (!rule) throw new Error(`internal: figure 5 arc names rule "${key}", which TRANSITIONS does not have`);
  return rule;
}

export function eventOf(rule: TransitionRule): ArcEvent {
  switch (rule.trigger) {
    case 'call:listen':
      return 'passive-open';
    case 'call:connect':
      return 'active-open';
    case 'call:close':
      return rule.rule.endsWith('_unread') ? 'close-unread' : 'close';
    // RFC 9293's CLOSE means "I have no more to send": shutdown(SHUT_WR) is that CLOSE.
    case 'call:shutdown':
      return 'close';
    case 'call:abort':
      return 'abort';
    case 'rcv:SYN':
      return 'rcv-syn';
    case 'rcv:SYN+ACK':
      return 'rcv-syn-ack';
    case 'rcv:ACK':
      return rule.from === 'SYN_RECEIVED' ? 'rcv-ack-of-syn' : 'rcv-ack-of-fin';
    case 'rcv:FIN':
      return 'rcv-fin';
    case 'rcv:FIN+ACK':
      return 'rcv-fin-ack-of-fin';
    case 'rcv:RST':
      return 'rcv-rst';
    case 'rcv:data':
      return 'rcv-data-after-close';
    case 'timeout:retransmit':
      return 'give-up';
    case 'timeout:time_wait':
      return 'timeout-2msl';
    case 'timeout:fin_wait_2':
      return 'fin-wait-2-timeout';
  }
}

function qualifierOf(rule: TransitionRule): OpenQualifier | undefined {
  if (rule.rule.endsWith('_passive')) return 'after-passive-open';
  if (rule.rule.endsWith('_active')) return 'after-active-open';
  return undefined;
}

/** Figure 5 writes "create TCB" on the OPEN arcs and "delete TCB" where CLOSE or the 2 MSL timer ends one. */
function tcbOf(rule: TransitionRule): ArcLabelLine['tcb'] {
  if (rule.from === 'CLOSED') return 'create';
  if (rule.to === 'CLOSED' && (rule.trigger === 'call:close' || rule.trigger === 'timeout:time_wait')) return 'delete';
  return undefined;
}

function lineOf(rule: TransitionRule, withTcb: boolean): ArcLabelLine {
  const qualifier = qualifierOf(rule);
  const tcb = withTcb ? tcbOf(rule) : undefined;
  return {
    events: [eventOf(rule)],
    ...(qualifier ? { qualifier } : {}),
    ...(rule.source === 'linux' ? { linux: true } : {}),
    ...(tcb ? { tcb } : {}),
    send: rule.send ?? [],
  };
}

const sameAction = (a: ArcLabelLine, b: ArcLabelLine) =>
  a.tcb === b.tcb && a.qualifier === b.qualifier && a.linux === b.linux && a.send.join() === b.send.join();

/**
 * The label of a drawn arc. Rules that read the same are said once (close() and shutdown() are both
 * Figure 5's CLOSE); a Figure 5 arc reads as one event over one action; a second-layer arc lists
 * each way out on its own line, without "delete TCB" (every one of them ends the connection).
 */
export function arcLabel(arc: DiagramArc): ArcLabel {
  if (!arc.modelled) return { lines: [{ events: ['send'], send: ['SYN'] }], modelled: false };
  const lines: ArcLabelLine[] = [];
  for (const line of arc.rules.map((key) => lineOf(ruleOf(key), arc.layer === 'figure5'))) {
    const same = lines.find((l) => sameAction(l, line) && (arc.layer === 'figure5' || l.events.join() === line.events.join()));
    if (!same) lines.push(line);
    else if (!same.events.includes(line.events[0]!)) lines[lines.indexOf(same)] = { ...same, events: [...same.events, ...line.events] };
  }
  return { lines, modelled: true };
}
