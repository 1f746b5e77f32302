// "How long does the client stay in TIME_WAIT?" — the nominal length the lessons teach, read from
// the profile's constants: 2 × MSL in the textbook (RFC 9293 §3.10.8), Linux's fixed
// TCP_TIMEWAIT_LEN. Not the simulated exit, which on Linux adds the timer wheel's lateness. The
// story is a close from the client run by the core with the seeded MSL, up to its last ACK.
import { LINUX_TIMEWAIT_LEN, RFC9293 } from '../../core/profiles.ts';
import { closeFromClient } from '../../core/scenarios.ts';
import { simulate } from '../../core/simulate.ts';
import type { Profile, Reason } from '../../core/types.ts';
import { AMOUNT_STRINGS, realTraps } from '../grading.ts';
import type { QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import { drawIsn, type Rng } from '../random.ts';
import { storyUntil } from '../story.ts';
import type { QuestionBase, Trap } from '../types.ts';
import { gradeTimeWaitLength, timeWaitLengthGrading } from './grading/time-wait-length.ts';

export { gradeTimeWaitLength };

export interface TimeWaitLengthQuestion extends QuestionBase {
  readonly kind: 'time-wait-length';
  /** The stack's MSL (s): what the textbook's TIME_WAIT is made of. */
  readonly msl: number;
  /** Linux's net.ipv4.tcp_fin_timeout (s) on the host: shown because it is so often taken for TIME_WAIT. */
  readonly finTimeout: number;
  /** Seconds. */
  readonly answer: number;
  readonly traps: readonly Trap[];
}

export const MSLS = [30, 60, 120] as const;
/** Values an administrator sets, all unlike the 60 s TIME_WAIT, so that mistaking one for the other shows. */
export const FIN_TIMEOUTS = [15, 30, 120] as const;

/** TIME_WAIT's nominal length in a profile (s). */
export function nominalTimeWait(profile: Profile, msl: number): number {
  return profile === 'linux' ? LINUX_TIMEWAIT_LEN : RFC9293.timeWait(msl);
}

export function timeWaitLengthQuestion(profile: Profile, msl: number, finTimeout: number, clientIsn: number, serverIsn: number): TimeWaitLengthQuestion {
  const run = simulate(closeFromClient({ profile, clientIsn, serverIsn, msl }));
  const enters = run.steps.find((s) => s.transitions.some((t) => t.side === 'client' && t.to === 'TIME_WAIT'));
  const lastAck = enters?.sent.find((s) => s.from === 'client');
  if (!enters || !lastAck) throw new Error('internal: the client never entered TIME_WAIT with an ACK');
  const leaves = run.steps.flatMap((s) => s.transitions).find((t) => t.side === 'client' && t.from === 'TIME_WAIT');
  const explanation: Reason[] = [...enters.reasons, ...(leaves ? [leaves.reason] : [])];
  const answer = nominalTimeWait(profile, msl);
  const traps: (Trap | null)[] =
    profile === 'linux'
      ? [{ value: finTimeout, misconception: 'fin_timeout_for_time_wait' }]
      : [];
  return {
    kind: 'time-wait-length',
    index: 0,
    profile,
    prompt: profile === 'linux' ? message('quiz.ask.time_wait_length.linux', { finTimeout }) : message('quiz.ask.time_wait_length.rfc9293', { msl }),
    story: storyUntil(run, lastAck, null),
    explanation,
    msl,
    finTimeout,
    answer,
    traps: realTraps(answer, traps),
  };
}

export function asksTimeWaitLength(rng: Rng): TimeWaitLengthQuestion {
  const profile = rng.pick<Profile>(['rfc9293', 'linux']);
  const msl = rng.pick(MSLS);
  const finTimeout = rng.pick(FIN_TIMEOUTS);
  return timeWaitLengthQuestion(profile, msl, finTimeout, drawIsn(rng), drawIsn(rng));
}

export const timeWaitLength: QuizKindModule<TimeWaitLengthQuestion, string> = {
  ...timeWaitLengthGrading,
  strings: [
    ...AMOUNT_STRINGS,
    'quiz.ask.time_wait_length.rfc9293',
    'quiz.ask.time_wait_length.linux',
    'quiz.answer.seconds',
    'quiz.unit.seconds',
    'quiz.misconception.fin_timeout_for_time_wait',
  ],
  generator: (_pool, rng) => () => asksTimeWaitLength(rng),
};
