/**
 * What lessons teach and what their quizzes ask, from their front matter (src/lessons/schema.ts).
 * Pure, for the <Quiz> wrapper and for tests that hold a quiz to what the course has taught.
 *
 * A question brings up more than the segment or situation it names: its explanation is the
 * core's reasons for the step asked about, and each state change among them is a rule of the
 * transition table. So what a quiz would explain is worked out by running its questions, and a
 * rule counts as taught only when a taught situation is explained by it.
 */
import { TRANSITIONS, type TransitionKey } from '../core/transitions.ts';
import type { Profile, TcpState } from '../core/types.ts';
import type { QuizKind, QuizPool } from '../quiz/index.ts';
import { NEXT_STATE_CASES, nextStateQuestion, type NextStateCaseId } from '../quiz/kinds/next-state.ts';
import { quizSampledKeys } from '../quiz/reason-keys.ts';
import type { SegmentPick } from '../quiz/story.ts';
import type { LessonData } from './schema.ts';
import { byCourseOrder } from './order.ts';

/** What a lesson's quiz asks: its `asks`, or else what it teaches. */
export function quizPoolOf(lesson: Pick<LessonData, 'teaches' | 'asks'>): QuizPool {
  return lesson.asks ?? lesson.teaches;
}

const segmentKey = (s: SegmentPick) => `${s.scenario}/${s.from}/${s.nth}`;

/** Everything taught by the lesson `id` and the lessons before it in course order. */
export function taughtThrough(lessons: readonly Pick<LessonData, 'id' | 'order' | 'teaches'>[], id: string): QuizPool {
  const ordered = [...lessons].sort(byCourseOrder);
  const upTo = ordered.slice(0, ordered.findIndex((lesson) => lesson.id === id) + 1);
  const segments = new Map(upTo.flatMap((l) => l.teaches.segments).map((s) => [segmentKey(s), s]));
  return { segments: [...segments.values()], situations: [...new Set(upTo.flatMap((l) => l.teaches.situations))] };
}

const PROFILES: readonly Profile[] = ['rfc9293', 'linux'];
/** ISNs to run situations with: which rules explain a situation does not depend on them. */
const ISNS = { own: 100, peer: 300 } as const;
const RULES = new Map<string, (typeof TRANSITIONS)[number]>(TRANSITIONS.map((t) => [t.rule, t]));

/** The transition rules that explain the situations, in any profile, and the states they move between. */
export function explainedBySituations(situations: readonly NextStateCaseId[]): { rules: Set<TransitionKey>; states: Set<TcpState> } {
  const rules = new Set<TransitionKey>();
  const states = new Set<TcpState>();
  for (const id of situations) {
    for (const profile of PROFILES) {
      const question = nextStateQuestion(NEXT_STATE_CASES[id], profile, ISNS);
      states.add(question.state).add(question.answer);
      for (const { key } of question.explanation) {
        const rule = RULES.get(key);
        if (!rule) continue;
        rules.add(rule.rule);
        states.add(rule.from).add(rule.to);
      }
    }
  }
  return { rules, states };
}

/** What a quiz on `asked` with `kinds` would ask or explain that `taught` does not teach (all empty when nothing). */
export interface Untaught {
  readonly segments: readonly SegmentPick[];
  readonly situations: readonly NextStateCaseId[];
  /** State changes its explanations give that no taught situation is explained by. */
  readonly rules: readonly TransitionKey[];
}

export function untaughtIn(asked: QuizPool, kinds: readonly QuizKind[], taught: QuizPool): Untaught {
  const taughtSegments = new Set(taught.segments.map(segmentKey));
  const { rules } = explainedBySituations(taught.situations);
  const explained = [...quizSampledKeys(asked, kinds).reasons].flatMap((key) => {
    const rule = RULES.get(key);
    return rule ? [rule.rule] : [];
  });
  return {
    segments: asked.segments.filter((s) => !taughtSegments.has(segmentKey(s))),
    situations: asked.situations.filter((s) => !taught.situations.includes(s)),
    rules: [...new Set(explained)].filter((rule) => !rules.has(rule)).sort(),
  };
}
