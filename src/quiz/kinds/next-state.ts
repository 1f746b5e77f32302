// "An endpoint in state S meets event E: what state is it in next?" — the endpoint is real: it is
// driven into S through the core's step() (a connect, a SYN arriving, …), then E is stepped, and
// the state step() returns is the answer, with step()'s reasons as the explanation.
import { createEndpoint, step } from '../../core/endpoint.ts';
import type { Endpoint, Input } from '../../core/endpoint.ts';
import { seqAdd, seqNum } from '../../core/seq.ts';
import { otherSide, TCP_STATES } from '../../core/types.ts';
import type { Flag, Profile, Segment, Side, TcpState } from '../../core/types.ts';
import { message } from '../message.ts';
import { drawIsn } from '../random.ts';
import type { Rng } from '../random.ts';
import type { Grade, NextStateQuestion, StoryLine } from '../types.ts';

/** A situation: which endpoint, how it gets into its state, and the event. Numbers come from the ISNs. */
export interface NextStateCase {
  readonly id: string;
  readonly side: Side;
  readonly before: (isn: Isns) => readonly Input[];
  readonly event: (isn: Isns) => Input;
  /** The "why three" lesson's hypothetical two-way handshake (the prompt says so). */
  readonly handshake?: 'two-way';
  /** The states offered, when the opening ones would not fit (a teardown). */
  readonly offers?: readonly TcpState[];
}
export interface Isns {
  readonly own: number;
  readonly peer: number;
}

const call = (name: 'connect' | 'listen' | 'close'): Input => ({ kind: 'call', call: { name } });
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
const plusTwo = (n: number) => seqAdd(seqNum(n), 2);
/** The states a teardown question offers. */
const CLOSING: readonly TcpState[] = ['ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT', 'CLOSED'];

export const NEXT_STATE_CASES = {
  closed_call_connect: { id: 'closed_call_connect', side: 'client', before: () => [], event: () => call('connect') },
  closed_call_listen: { id: 'closed_call_listen', side: 'server', before: () => [], event: () => call('listen') },
  listen_rcv_syn: {
    id: 'listen_rcv_syn',
    side: 'server',
    before: () => [call('listen')],
    event: (i) => segment(['SYN'], i.peer),
  },
  syn_sent_rcv_syn_ack: {
    id: 'syn_sent_rcv_syn_ack',
    side: 'client',
    before: connected,
    event: (i) => segment(['SYN', 'ACK'], i.peer, plusOne(i.own)),
  },
  // The SYN+ACK acknowledges the wrong number (ISN instead of ISN+1): unacceptable, so RST and no change.
  syn_sent_rcv_bad_ack: {
    id: 'syn_sent_rcv_bad_ack',
    side: 'client',
    before: connected,
    event: (i) => segment(['SYN', 'ACK'], i.peer, i.own),
  },
  // Simultaneous open (RFC 9293 §3.5, Figure 7): a bare SYN while our own SYN is out.
  syn_sent_rcv_syn: { id: 'syn_sent_rcv_syn', side: 'client', before: connected, event: (i) => segment(['SYN'], i.peer) },
  syn_sent_rcv_rst: {
    id: 'syn_sent_rcv_rst',
    side: 'client',
    before: connected,
    event: (i) => segment(['ACK', 'RST'], 0, plusOne(i.own)),
  },
  syn_received_rcv_ack: {
    id: 'syn_received_rcv_ack',
    side: 'server',
    before: (i) => [call('listen'), segment(['SYN'], i.peer)],
    event: (i) => segment(['ACK'], plusOne(i.peer), plusOne(i.own)),
  },
  established_call_close: { id: 'established_call_close', side: 'client', before: established, event: () => call('close') },
  established_rcv_fin: {
    id: 'established_rcv_fin',
    side: 'client',
    before: established,
    event: (i) => segment(['ACK', 'FIN'], plusOne(i.peer), plusOne(i.own)),
  },
  // RFC 9293 Figure 8: the client resets a SYN+ACK of an old duplicate SYN; the passive side listens again.
  syn_received_rcv_rst: {
    id: 'syn_received_rcv_rst',
    side: 'server',
    before: halfOpen,
    event: (i) => segment(['RST'], plusOne(i.peer)),
  },
  // A SYN+ACK reaches a host with no connection (it acknowledges a SYN that host never sent): RST, still CLOSED.
  closed_rcv_syn_ack: {
    id: 'closed_rcv_syn_ack',
    side: 'client',
    before: () => [],
    event: (i) => segment(['SYN', 'ACK'], i.peer, plusOne(i.own)),
  },
  // The hypothetical two-way handshake: a SYN alone opens the connection, old duplicate or not.
  listen_rcv_syn_two_way: {
    id: 'listen_rcv_syn_two_way',
    side: 'server',
    handshake: 'two-way',
    before: () => [call('listen')],
    event: (i) => segment(['SYN'], i.peer),
  },
  established_rcv_rst_two_way: {
    id: 'established_rcv_rst_two_way',
    side: 'server',
    handshake: 'two-way',
    before: halfOpen,
    event: (i) => segment(['RST'], plusOne(i.peer)),
  },
  // Who holds TIME_WAIT: the side that sent the first FIN, when the other's FIN arrives.
  fin_wait_2_rcv_fin: {
    id: 'fin_wait_2_rcv_fin',
    side: 'client',
    offers: CLOSING,
    before: (i) => [...established(i), call('close'), segment(['ACK'], plusOne(i.peer), plusTwo(i.own))],
    event: (i) => segment(['ACK', 'FIN'], plusOne(i.peer), plusTwo(i.own)),
  },
  server_fin_wait_2_rcv_fin: {
    id: 'server_fin_wait_2_rcv_fin',
    side: 'server',
    offers: CLOSING,
    before: (i) => [...accepted(i), call('close'), segment(['ACK'], plusOne(i.peer), plusTwo(i.own))],
    event: (i) => segment(['ACK', 'FIN'], plusOne(i.peer), plusTwo(i.own)),
  },
  // The side that closed second: its FIN acknowledged, it is done, with no TIME_WAIT.
  last_ack_rcv_ack: {
    id: 'last_ack_rcv_ack',
    side: 'server',
    offers: CLOSING,
    before: (i) => [...accepted(i), segment(['ACK', 'FIN'], plusOne(i.peer), plusOne(i.own)), call('close')],
    event: (i) => segment(['ACK'], plusTwo(i.peer), plusTwo(i.own)),
  },
} as const satisfies Record<string, NextStateCase>;
export type NextStateCaseId = keyof typeof NEXT_STATE_CASES;

/** The states every next-state question offers: the opening ones, where SYN_SENT and SYN_RECEIVED sit side by side. */
const OPENING: readonly TcpState[] = ['CLOSED', 'LISTEN', 'SYN_SENT', 'SYN_RECEIVED', 'ESTABLISHED'];

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
      throw new Error('internal: next-state cases have no timers');
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
  for (const input of c.before(isns)) {
    const result = apply(input);
    for (const out of result.out) {
      const { flags, seq, ack, len } = out.segment;
      story.push({ type: 'segment', from: c.side, flags, seq, ack: ack ?? 'none', len });
    }
  }
  const state = endpoint.state;
  const result = apply(c.event(isns));
  const answer = result.endpoint.state;
  const event = story.at(-1) as StoryLine;
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
    options: TCP_STATES.filter((s) => (c.offers ?? OPENING).includes(s) || s === answer || s === state),
    answer,
  };
}

export function gradeNextState(question: NextStateQuestion, chosen: TcpState | null): Grade {
  const correct = chosen === question.answer;
  const pair = new Set([chosen, question.answer]);
  const confused = !correct && pair.has('SYN_SENT') && pair.has('SYN_RECEIVED');
  return {
    correct,
    expected: question.answer,
    given: chosen,
    explanation: question.explanation,
    ...(confused ? { misconception: 'syn_sent_vs_syn_received' as const } : {}),
  };
}
