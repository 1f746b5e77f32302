// How which-flags questions are graded and answered: the part of the kind (../which-flags.ts) a page
// needs for questions dealt before it, in a module of its own so that its bundle leaves the
// dealing, and the simulator that dealing runs, behind.
import { FLAG_ORDER, type Flag } from '../../../core/types.ts';
import type { Grade } from '../../types.ts';
import type { FlagsQuestion } from '../which-flags.ts';
import type { QuizKindGrading } from '../../kind.ts';

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
  const trapped = correct ? undefined : question.traps.find((trap) => same(canonical(trap.value), given))?.misconception;
  const misconception = trapped ?? (ackMissing ? ('ack_flag_missing' as const) : undefined);
  return {
    correct,
    expected,
    given,
    explanation: question.explanation,
    ...(misconception ? { misconception } : {}),
  };
}

/** How its questions are graded and answered: all a page needs for questions dealt before it. */
export const whichFlagsGrading: QuizKindGrading<FlagsQuestion, readonly Flag[]> = {
  grade: gradeFlags,
  correctResponse: (question) => question.answer,
};
