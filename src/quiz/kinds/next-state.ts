// "An endpoint in state S meets event E: what state is it in next?" — the endpoint is real: it is
// driven into S through the core's step() (a connect, a SYN arriving, …), then E is stepped, and
// the state step() returns is the answer, with step()'s reasons as the explanation.
import { createEndpoint, step } from '../../core/endpoint.ts';
import type { Endpoint, Input } from '../../core/endpoint.ts';
import { seqAdd, seqNum } from '../../core/seq.ts';
import { otherSide, SYNCHRONIZED_STATES, TCP_STATES } from '../../core/types.ts';
import type { Flag, Profile, Segment, Side, TcpState, TimerKind } from '../../core/types.ts';
import { deck, type QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import { drawIsn } from '../random.ts';
import type { Rng } from '../random.ts';
import type { Misconception, QuestionBase, StoryLine, Trap } from '../types.ts';
import { gradeNextState, misconceptionOf, nextStateGrading } from './grading/next-state.ts';

export { gradeNextState };

export interface NextStateQuestion extends QuestionBase {
  readonly kind: 'next-state';
  /** The endpoint the question is about, and its state before the event. */
  readonly side: Side;
  readonly state: TcpState;
  /** The event, also the story's last line. */
  readonly event: StoryLine;
  readonly options: readonly TcpState[];
  readonly answer: TcpState;
  /** Wrong states that betray a misconception about this very event. */
  readonly traps: readonly Trap<TcpState>[];
}

/** A situation: which endpoint, how it gets into its state, and the event. Numbers come from the ISNs. */
export interface NextStateCase {
  readonly side: Side;
  readonly before: (isn: Isns) => readonly Input[];
  readonly event: (isn: Isns) => Input;
  /** The "why three" lesson's hypothetical two-way handshake (the prompt says so). */
  readonly handshake?: 'two-way';
}
export interface Isns {
  readonly own: number;
  readonly peer: number;
}

const call = (name: 'connect' | 'listen' | 'close'): Input => ({ kind: 'call', call: { name } });
const timer = (kind: TimerKind): Input => ({ kind: 'timer', timer: kind });
function segment(flags: readonly Flag[], seq: number, ack?: number): Input {
  const s: Segment = { flags, seq: seqNum(seq), ack: ack === undefined ? null : seqNum(ack), len: 0 };
  return { kind: 'segment', segment: s };
}
const plusOne = (n: number) => seqAdd(seqNum(n), 1);

// An active opener after connect, and after the SYN+ACK that completes its handshake.
const connected = () => [call('connect')];
const established = (i: Isns) => [call('connect'), segment(['SYN', 'ACK'], i.peer, plusOne(i.own))];
// A passive opener after the SYN, and after the ACK that completes its handshake.
const halfOpen = (i: Isns) => [call('listen'), segment(['SYN'], i.peer)];
const accepted = (i: Isns) => [...halfOpen(i), segment(['ACK'], plusOne(i.peer), plusOne(i.own))];

// The closing half, from an established active opener: what the peer sends has its numbers from
// the ISNs (its FIN's seq is peer ISN + 1; an ACK of our FIN is own ISN + 2).
const plusTwo = (n: number) => seqAdd(seqNum(n), 2);
const peerFin = (i: Isns, acksOurFin: boolean) => segment(['ACK', 'FIN'], plusOne(i.peer), acksOurFin ? plusTwo(i.own) : plusOne(i.own));
const ackOfOurFin = (i: Isns, peerFinSent = false) => segment(['ACK'], peerFinSent ? plusTwo(i.peer) : plusOne(i.peer), plusTwo(i.own));
/** We closed first: our FIN is out. */
const finWait1 = (i: Isns) => [...established(i), call('close')];
const finWait2 = (i: Isns) => [...finWait1(i), ackOfOurFin(i)];
const timeWait = (i: Isns) => [...finWait2(i), peerFin(i, true)];
/** The peer closed first: its FIN is in (acknowledged at once, or after Linux's short delay). */
const closeWait = (i: Isns) => [...established(i), peerFin(i, false)];

export const NEXT_STATE_CASES = {
  closed_call_connect: { side: 'client', before: () => [], event: () => call('connect') },
  closed_call_listen: { side: 'server', before: () => [], event: () => call('listen') },
  listen_rcv_syn: {
    side: 'server',
    before: () => [call('listen')],
    event: (i) => segment(['SYN'], i.peer),
  },
  syn_sent_rcv_syn_ack: {
    side: 'client',
    before: connected,
    event: (i) => segment(['SYN', 'ACK'], i.peer, plusOne(i.own)),
  },
  // The SYN+ACK acknowledges the wrong number (ISN instead of ISN+1): unacceptable, so RST and no change.
  syn_sent_rcv_bad_ack: {
    side: 'client',
    before: connected,
    event: (i) => segment(['SYN', 'ACK'], i.peer, i.own),
  },
  // Simultaneous open (RFC 9293 §3.5, Figure 7): a bare SYN while our own SYN is out.
  syn_sent_rcv_syn: { side: 'client', before: connected, event: (i) => segment(['SYN'], i.peer) },
  syn_sent_rcv_rst: {
    side: 'client',
    before: connected,
    event: (i) => segment(['ACK', 'RST'], 0, plusOne(i.own)),
  },
  syn_received_rcv_ack: {
    side: 'server',
    before: (i) => [call('listen'), segment(['SYN'], i.peer)],
    event: (i) => segment(['ACK'], plusOne(i.peer), plusOne(i.own)),
  },
  established_call_close: { side: 'client', before: established, event: () => call('close') },
  established_rcv_fin: {
    side: 'client',
    before: established,
    event: (i) => segment(['ACK', 'FIN'], plusOne(i.peer), plusOne(i.own)),
  },
  // RFC 9293 Figure 8: the client resets a SYN+ACK of an old duplicate SYN; the passive side listens again.
  syn_received_rcv_rst: { side: 'server', before: halfOpen, event: (i) => segment(['RST'], plusOne(i.peer)) },
  // A SYN+ACK reaches a host with no connection (it acknowledges a SYN that host never sent): RST, still CLOSED.
  closed_rcv_syn_ack: { side: 'client', before: () => [], event: (i) => segment(['SYN', 'ACK'], i.peer, plusOne(i.own)) },
  // The hypothetical two-way handshake: a SYN alone opens the connection, old duplicate or not.
  listen_rcv_syn_two_way: { side: 'server', handshake: 'two-way', before: () => [call('listen')], event: (i) => segment(['SYN'], i.peer) },
  established_rcv_rst_two_way: { side: 'server', handshake: 'two-way', before: halfOpen, event: (i) => segment(['RST'], plusOne(i.peer)) },
  // Who holds TIME_WAIT is whoever sent the first FIN, the server too (an HTTP server closing first).
  server_fin_wait_2_rcv_fin: {
    side: 'server',
    before: (i) => [...accepted(i), call('close'), segment(['ACK'], plusOne(i.peer), plusTwo(i.own))],
    event: (i) => segment(['ACK', 'FIN'], plusOne(i.peer), plusTwo(i.own)),
  },
  fin_wait_1_rcv_ack: { side: 'client', before: finWait1, event: (i) => ackOfOurFin(i) },
  // The FINs crossed: the peer's FIN acknowledges only our SYN (RFC 9293 §3.6, Figure 13).
  fin_wait_1_rcv_fin: { side: 'client', before: finWait1, event: (i) => peerFin(i, false) },
  fin_wait_1_rcv_fin_ack: { side: 'client', before: finWait1, event: (i) => peerFin(i, true) },
  fin_wait_2_rcv_fin: { side: 'client', before: finWait2, event: (i) => peerFin(i, true) },
  close_wait_call_close: { side: 'client', before: closeWait, event: () => call('close') },
  last_ack_rcv_ack: {
    side: 'client',
    before: (i) => [...closeWait(i), call('close')],
    event: (i) => ackOfOurFin(i, true),
  },
  closing_rcv_ack: {
    side: 'client',
    before: (i) => [...finWait1(i), peerFin(i, false)],
    event: (i) => ackOfOurFin(i, true),
  },
  // The last ACK was lost, so the peer's FIN comes again: TIME_WAIT answers it and starts over.
  time_wait_rcv_fin: { side: 'client', before: timeWait, event: (i) => peerFin(i, true) },
  time_wait_timeout: { side: 'client', before: timeWait, event: () => timer('time_wait') },
} as const satisfies Record<string, NextStateCase>;
export type NextStateCaseId = keyof typeof NEXT_STATE_CASES;

/** The states an opening question offers, where SYN_SENT and SYN_RECEIVED sit side by side. */
const OPENING: readonly TcpState[] = ['CLOSED', 'LISTEN', 'SYN_SENT', 'SYN_RECEIVED', 'ESTABLISHED'];
/** The states a closing question (from ESTABLISHED on) offers: every state of the teardown. */
const CLOSING: readonly TcpState[] = ['ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT', 'CLOSED'];

function storyLine(input: Input, side: Side, isn: number): StoryLine {
  switch (input.kind) {
    case 'call': {
      const name = input.call.name;
      return { type: 'call', side, call: name, ...(name === 'connect' || name === 'listen' ? { isn } : {}) };
    }
    case 'segment': {
      const { flags, seq, ack, len } = input.segment;
      return { type: 'segment', from: otherSide(side), flags, seq, ack: ack ?? 'none', len };
    }
    case 'timer':
      return { type: 'timer', side, timer: input.timer };
  }
}

export function asksNextState(c: NextStateCase, rng: Rng): NextStateQuestion {
  const profile = rng.pick<Profile>(['rfc9293', 'linux']);
  return nextStateQuestion(c, profile, { own: drawIsn(rng), peer: drawIsn(rng) });
}

/** Drives a fresh endpoint through the case's inputs with step(), then steps the event. */
export function nextStateQuestion(c: NextStateCase, profile: Profile, isns: Isns): NextStateQuestion {
  let endpoint: Endpoint = createEndpoint(c.side, isns.own);
  const story: StoryLine[] = [];
  let now = 0;
  const options = c.handshake ? { handshake: c.handshake } : {};
  const apply = (input: Input) => {
    const result = step(endpoint, input, now, profile, options);
    now += 0.1;
    endpoint = result.endpoint;
    story.push(storyLine(input, c.side, isns.own));
    return result;
  };
  // A timer is stepped once its deadline has come: TIME_WAIT's is 2 × MSL (or Linux's 60 s) away.
  const until = (input: Input) => (input.kind === 'timer' ? Math.max(now, endpoint.timers[input.timer] ?? now) : now);
  for (const input of c.before(isns)) {
    const result = apply(input);
    for (const out of result.out) {
      const { flags, seq, ack, len } = out.segment;
      story.push({ type: 'segment', from: c.side, flags, seq, ack: ack ?? 'none', len });
    }
  }
  const state = endpoint.state;
  const eventInput = c.event(isns);
  now = until(eventInput);
  const result = apply(eventInput);
  const answer = result.endpoint.state;
  const event = story.at(-1) as StoryLine;
  const traps: Trap<TcpState>[] = [];
  // A SYN+ACK that does not acknowledge ISS + 1 acknowledges no SYN of ours: taking it as the
  // handshake's second segment skips the check of RFC 9293 §3.10.7.3.
  if (state === 'SYN_SENT' && answer !== 'ESTABLISHED' && answersOurSynWrongly(eventInput, isns.own)) {
    traps.push({ value: 'ESTABLISHED', misconception: 'established_on_bad_ack' });
  }
  const offered = SYNCHRONIZED_STATES.includes(state) ? CLOSING : TCP_STATES.filter((s) => OPENING.includes(s) || s === answer || s === state);
  return {
    kind: 'next-state',
    index: 0,
    profile,
    prompt: message(c.handshake ? 'quiz.ask.next_state_two_way' : 'quiz.ask.next_state', { side: message(`quiz.side.${c.side}`), state }),
    story,
    explanation: result.reasons,
    side: c.side,
    state,
    event,
    // A teardown offers the closing states; the answer is always among them (a reset two-way
    // connection goes back to LISTEN).
    options: offered.includes(answer) ? offered : [...offered, answer],
    answer,
    traps,
  };
}

/** A SYN+ACK whose acknowledgment number is not `iss` + 1. */
function answersOurSynWrongly(input: Input, iss: number): boolean {
  if (input.kind !== 'segment') return false;
  const { flags, ack } = input.segment;
  return flags.includes('SYN') && flags.includes('ACK') && ack !== plusOne(iss);
}

/**
 * What a wrong state can betray: a trap's misconception, or what another offered state betrays.
 * Build time only (src/quiz/reason-keys.ts), so it stays out of the island's code.
 */
export function nextStateMisconceptions(question: NextStateQuestion): Misconception[] {
  return [...question.traps.map((trap) => trap.misconception), ...question.options.flatMap((option) => misconceptionOf(question, option) ?? [])];
}

export const nextState: QuizKindModule<NextStateQuestion, TcpState | null> = {
  ...nextStateGrading,
  strings: [
    'quiz.ask.next_state',
    'quiz.ask.next_state_two_way',
    'quiz.story.timer.time_wait',
    'quiz.misconception.syn_sent_vs_syn_received',
    'quiz.misconception.forgot_fin_wait_2',
    'quiz.misconception.established_on_bad_ack',
  ],
  draws: 'situations',
  generator(pool, rng) {
    const situations = deck(rng, pool.situations);
    return () => {
      const id = situations();
      return { ...asksNextState(NEXT_STATE_CASES[id], rng), situation: { segments: [], situations: [id] } };
    };
  },
};
