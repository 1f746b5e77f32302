// "Which side ends in TIME_WAIT?" — a close from the client, from the server, or a simultaneous
// one, run by the core; the answer is read from the run's own state changes: whichever endpoint
// entered TIME_WAIT (both, when the FINs crossed), never from who is called what.
import { closeFromClient, closeFromServer, simultaneousClose } from '../../core/scenarios.ts';
import { simulate, type Run } from '../../core/simulate.ts';
import type { Profile, Reason, Side } from '../../core/types.ts';
import type { QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import { drawIsn, type Rng } from '../random.ts';
import { storyUntil } from '../story.ts';
import type { QuestionBase } from '../types.ts';
import { gradeTimeWaitSide, timeWaitSideGrading } from './grading/time-wait-side.ts';

export { gradeTimeWaitSide };

export type Sides = Side | 'both';
export const SIDE_OPTIONS: readonly Sides[] = ['client', 'server', 'both'];

const CLOSES = { 'close-from-client': closeFromClient, 'close-from-server': closeFromServer, 'simultaneous-close': simultaneousClose } as const;
export type CloseStory = keyof typeof CLOSES;
const CLOSE_STORIES = Object.keys(CLOSES) as CloseStory[];

export interface TimeWaitSideQuestion extends QuestionBase {
  readonly kind: 'time-wait-side';
  readonly options: readonly Sides[];
  readonly answer: Sides;
  /** The side whose application closed first (its FIN went out first), or null when both closed at once. */
  readonly closedFirst: Side | null;
}

export function timeWaitSideQuestion(story: CloseStory, profile: Profile, clientIsn: number, serverIsn: number): TimeWaitSideQuestion {
  const run: Run = simulate(CLOSES[story]({ profile, clientIsn, serverIsn }));
  const entered = run.steps.flatMap((s) => s.transitions).filter((t) => t.to === 'TIME_WAIT');
  const sides = new Set(entered.map((t) => t.side));
  if (sides.size === 0) throw new Error(`internal: nobody entered TIME_WAIT in ${story}`);
  const answer: Sides = sides.size === 2 ? 'both' : (entered[0]?.side as Side);
  const fins = run.segments.filter((s) => !s.injected && s.segment.flags.includes('FIN'));
  const first = fins[0];
  const closedFirst = first && !fins.some((f) => f.from !== first.from && f.t === first.t) ? first.from : null;
  const last = run.segments.at(-1);
  if (!last) throw new Error('internal: the run sent nothing');
  // Why each side ends where it does: the arcs into TIME_WAIT, and LAST_ACK's into CLOSED.
  const explanation: Reason[] = run.steps
    .flatMap((s) => s.transitions)
    .filter((t) => t.to === 'TIME_WAIT' || t.from === 'LAST_ACK')
    .map((t) => t.reason);
  return {
    kind: 'time-wait-side',
    index: 0,
    profile,
    prompt: message('quiz.ask.time_wait_side'),
    story: storyUntil(run, last, null),
    explanation,
    options: SIDE_OPTIONS,
    answer,
    closedFirst,
  };
}

export function asksTimeWaitSide(rng: Rng): TimeWaitSideQuestion {
  const story = rng.pick(CLOSE_STORIES);
  const profile = rng.pick<Profile>(['rfc9293', 'linux']);
  return timeWaitSideQuestion(story, profile, drawIsn(rng), drawIsn(rng));
}

export const timeWaitSide: QuizKindModule<TimeWaitSideQuestion, Sides | null> = {
  ...timeWaitSideGrading,
  strings: ['quiz.ask.time_wait_side', 'quiz.who.both', 'quiz.misconception.time_wait_on_passive_closer'],
  generator: (_pool, rng) => () => asksTimeWaitSide(rng),
};
