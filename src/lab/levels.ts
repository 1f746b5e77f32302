/**
 * The lab's levels: a goal the model checks, the tools the learner may use, the setup the bench
 * starts from, and one setup that reaches the goal (the "show me"). Their words (title, goal,
 * hint) are in the dictionaries under `lab.level.<id>.*`; tests/lab checks every start misses its
 * goal and every solution reaches it.
 */
import type { CallName, Side } from '../core/types.ts';
import type { GoalId } from './goals.ts';
import { EMPTY_SETUP, type LabCall, type LabSetup } from './setup.ts';

/** What a level lets the learner change. */
export type Tool = 'calls' | 'lose' | 'duplicate' | 'delay' | 'old' | 'profile' | 'handshake' | 'msl' | 'link';
export const TOOLS: readonly Tool[] = ['calls', 'lose', 'duplicate', 'delay', 'old', 'profile', 'handshake', 'msl', 'link'];

export interface Level {
  readonly id: string;
  readonly goal: GoalId;
  readonly tools: readonly Tool[];
  readonly start: LabSetup;
  readonly solution: LabSetup;
}

const c = (t: number, who: Side, call: CallName, bytes?: number): LabCall => (bytes === undefined ? { t, who, call } : { t, who, call, bytes });

/** Listen at 0, connect at 0.1: with the 50 ms link both sides are ESTABLISHED by 0.25 s. */
const OPEN: readonly LabCall[] = [c(0, 'server', 'listen'), c(0.1, 'client', 'connect')];
const bench = (calls: readonly LabCall[], more: Partial<LabSetup> = {}): LabSetup => ({ ...EMPTY_SETUP, calls, ...more });

/** The client closes at 1 s; the server reads to end of stream and closes at 2 s. */
const CLIENT_CLOSES: readonly LabCall[] = [...OPEN, c(0.25, 'server', 'recv_until_eof'), c(1, 'client', 'close'), c(2, 'server', 'close')];
const SERVER_CLOSES: readonly LabCall[] = [...OPEN, c(0.25, 'client', 'recv_until_eof'), c(1, 'server', 'close'), c(2, 'client', 'close')];

export const LEVELS: readonly Level[] = [
  {
    id: 'lost-syn',
    goal: 'resend-syn',
    tools: ['lose'],
    start: bench(OPEN),
    solution: bench(OPEN, { faults: [{ kind: 'lose', from: 'client', nth: 1 }] }),
  },
  {
    id: 'resend-syn-ack',
    goal: 'resend-syn-ack',
    tools: ['lose'],
    start: bench(OPEN),
    solution: bench(OPEN, { faults: [{ kind: 'lose', from: 'client', nth: 2 }] }),
  },
  {
    id: 'refused',
    goal: 'connection-refused',
    tools: ['calls'],
    start: bench(OPEN),
    solution: bench([c(0.1, 'client', 'connect')]),
  },
  {
    id: 'close-wait',
    goal: 'server-close-wait',
    tools: ['calls'],
    start: bench(CLIENT_CLOSES),
    solution: bench(CLIENT_CLOSES.slice(0, -1)),
  },
  {
    id: 'server-time-wait',
    goal: 'server-time-wait',
    tools: ['calls'],
    start: bench(CLIENT_CLOSES),
    solution: bench(SERVER_CLOSES),
  },
  {
    id: 'closing',
    goal: 'both-closing',
    tools: ['calls'],
    start: bench(CLIENT_CLOSES),
    solution: bench([...OPEN, c(1, 'client', 'close'), c(1, 'server', 'close')]),
  },
  {
    id: 'three-segment-close',
    goal: 'three-segment-close',
    tools: ['calls'],
    start: bench([...OPEN, c(0.35, 'client', 'send', 5), c(1, 'client', 'close'), c(0.25, 'server', 'recv_until_eof'), c(2, 'server', 'close')], { profile: 'linux' }),
    solution: bench([...OPEN, c(0.35, 'client', 'send', 5), c(1, 'client', 'close'), c(0.25, 'server', 'recv_until_eof'), c(0.25, 'server', 'close')], { profile: 'linux' }),
  },
  {
    id: 'time-wait-again',
    goal: 'time-wait-reack',
    tools: ['lose'],
    start: bench(CLIENT_CLOSES),
    // The client's segments: SYN, ACK, FIN, ACK; the fourth is the ACK of the server's FIN.
    solution: bench(CLIENT_CLOSES, { faults: [{ kind: 'lose', from: 'client', nth: 4 }] }),
  },
  {
    id: 'reset',
    goal: 'reset-ends',
    tools: ['calls'],
    start: bench([...OPEN, c(0.35, 'client', 'send', 5), c(0.25, 'server', 'recv')]),
    solution: bench([...OPEN, c(0.35, 'client', 'send', 5), c(1, 'client', 'abort'), c(0.25, 'server', 'recv'), c(0.25, 'server', 'recv')]),
  },
  {
    id: 'old-syn-two-way',
    goal: 'old-syn-opens',
    tools: ['old', 'handshake'],
    start: bench([c(0, 'server', 'listen'), c(0.5, 'client', 'connect')]),
    solution: bench([c(0, 'server', 'listen'), c(0.5, 'client', 'connect')], { handshake: 'two-way', old: [{ kind: 'syn', to: 'server', t: 0.1 }] }),
  },
  {
    id: 'old-syn-three-way',
    goal: 'old-syn-fails',
    tools: ['old'],
    start: bench([c(0, 'server', 'listen'), c(0.5, 'client', 'connect')]),
    solution: bench([c(0, 'server', 'listen'), c(0.5, 'client', 'connect')], { old: [{ kind: 'syn', to: 'server', t: 0.1 }] }),
  },
  {
    id: 'simultaneous-open',
    goal: 'simultaneous-open',
    tools: ['calls'],
    start: bench(OPEN),
    solution: bench([c(0.1, 'client', 'connect'), c(0.1, 'server', 'connect')]),
  },
  {
    id: 'out-of-order',
    goal: 'out-of-order',
    tools: ['delay'],
    start: bench([...OPEN, c(0.35, 'client', 'send', 100), c(0.4, 'client', 'send', 100), c(0.25, 'server', 'recv')]),
    // The client's third segment is its first data: held back, the second overtakes it.
    solution: bench([...OPEN, c(0.35, 'client', 'send', 100), c(0.4, 'client', 'send', 100), c(0.25, 'server', 'recv')], {
      faults: [{ kind: 'delay', from: 'client', nth: 3, extra: 0.2 }],
    }),
  },
  {
    id: 'half-close',
    goal: 'half-close',
    tools: ['calls'],
    start: bench([...OPEN, c(0.35, 'client', 'send', 20), c(0.35, 'client', 'close'), c(0.25, 'server', 'recv_until_eof'), c(1, 'server', 'close')]),
    solution: bench([
      ...OPEN,
      c(0.35, 'client', 'send', 20),
      c(0.35, 'client', 'shutdown'),
      c(0.35, 'client', 'recv_until_eof'),
      c(0.35, 'client', 'close'),
      c(0.25, 'server', 'recv_until_eof'),
      c(0.6, 'server', 'send', 1000),
      c(1, 'server', 'close'),
    ]),
  },
];

export const LEVEL_IDS = LEVELS.map((level) => level.id);

export function levelById(id: string): Level | undefined {
  return LEVELS.find((level) => level.id === id);
}
