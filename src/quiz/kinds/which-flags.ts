// "Which control bits are set on this segment?" — the answer is the core's segment's flags; a
// response is right when it names exactly those bits.
import { FLAG_ORDER } from '../../core/types.ts';
import type { Flag } from '../../core/types.ts';
import type { QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import type { Rng } from '../random.ts';
import { reasonsFor, runPick, segmentGenerator, storyUntil, type PickedSegment, type SegmentPick } from '../story.ts';
import type { Grade, QuestionBase } from '../types.ts';

export interface FlagsQuestion extends QuestionBase {
  readonly kind: 'which-flags';
  readonly options: readonly Flag[];
  readonly answer: readonly Flag[];
}

export function asksFlags(pick: SegmentPick, rng: Rng): FlagsQuestion {
  return flagsQuestion(runPick(rng, pick));
}

export function flagsQuestion({ profile, run, target }: PickedSegment): FlagsQuestion {
  return {
    kind: 'which-flags',
    index: 0,
    profile,
    prompt: message('quiz.ask.flags', { side: message(`quiz.side.${target.from}`) }),
    story: storyUntil(run, target, 'flags'),
    explanation: reasonsFor(run, target),
    options: FLAG_ORDER,
    answer: target.segment.flags,
  };
}

/** The chosen bits in canonical order, each once. */
function canonical(flags: readonly Flag[]): Flag[] {
  return FLAG_ORDER.filter((flag) => flags.includes(flag));
}

export function gradeFlags(question: FlagsQuestion, chosen: readonly Flag[]): Grade {
  const given = canonical(chosen);
  const expected = canonical(question.answer);
  const same = (a: readonly Flag[], b: readonly Flag[]) => a.length === b.length && a.every((f, i) => f === b[i]);
  const correct = same(given, expected);
  // Every segment after the very first SYN carries ACK (RFC 9293 §3.10.7.4): leaving it off is a pattern.
  const ackMissing = !correct && expected.includes('ACK') && same(canonical([...given, 'ACK']), expected);
  return {
    correct,
    expected,
    given,
    explanation: question.explanation,
    ...(ackMissing ? { misconception: 'ack_flag_missing' as const } : {}),
  };
}

export const whichFlags: QuizKindModule<FlagsQuestion, readonly Flag[]> = {
  draws: 'segments',
  generator: (pool, rng) => segmentGenerator(pool, rng, asksFlags),
  grade: gradeFlags,
  correctResponse: (question) => question.answer,
  strings: ['quiz.ask.flags', 'quiz.noFlags', 'quiz.misconception.ack_flag_missing'],
};
