// "What sequence number does this segment carry?" — the answer is the core's: the sender's ISN
// plus everything it has sent since, where its SYN (and FIN) each used one number.
import { seqAdd } from '../../core/seq.ts';
import { realTraps, SEQUENCE_NUMBER_STRINGS } from '../grading.ts';
import type { QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import type { Rng } from '../random.ts';
import {
  lastConsumingFrom,
  minus,
  reasonsFor,
  runPick,
  segmentGenerator,
  spaceUsed,
  storyUntil,
  type PickedSegment,
  type SegmentPick,
} from '../story.ts';
import type { NumberQuestion, Trap } from '../types.ts';
import { gradeSeq, seqValueGrading } from './grading/seq-value.ts';

export { gradeSeq };

export function asksSeq(pick: SegmentPick, rng: Rng): NumberQuestion {
  return seqQuestion(runPick(rng, pick));
}

export function seqQuestion({ profile, run, target }: PickedSegment): NumberQuestion {
  const { seq, ack, flags } = target.segment;
  const previous = lastConsumingFrom(run, target.from, target);
  // Forgetting that the sender's own SYN or FIN used a number gives one less.
  const forgotControl: Trap | null =
    previous && previous.segment.len === 0 && spaceUsed(previous) === 1
      ? {
          value: minus(seq, 1),
          misconception: previous.segment.flags.includes('SYN') ? 'syn_consumes_one' : 'fin_consumes_one',
        }
      : null;
  return {
    kind: 'seq-value',
    index: 0,
    profile,
    prompt: message('quiz.ask.seq', { side: message(`quiz.side.${target.from}`) }),
    story: storyUntil(run, target, 'seq'),
    explanation: reasonsFor(run, target),
    answer: seq,
    ...(previous?.segment.flags.includes('FIN')
      ? { working: message('quiz.working.seq_after_fin', { seq: previous.segment.seq, len: previous.segment.len, next: seq }) }
      : {}),
    traps: realTraps(seq, [
      forgotControl,
      ack === null ? null : { value: ack, misconception: 'seq_ack_swapped' },
      // A SYN carries the ISN itself; ISN + 1 is where its sender's data will start.
      flags.includes('SYN') ? { value: seqAdd(seq, 1), misconception: 'syn_seq_isn_plus_one' } : null,
    ]),
  };
}

export const seqValue: QuizKindModule<NumberQuestion, string> = {
  ...seqValueGrading,
  strings: [
    ...SEQUENCE_NUMBER_STRINGS,
    'quiz.ask.seq',
    'quiz.misconception.syn_consumes_one',
    'quiz.misconception.fin_consumes_one',
    'quiz.misconception.syn_seq_isn_plus_one',
    'quiz.working.seq_after_fin',
  ],
  draws: 'segments',
  generator: (pool, rng) => segmentGenerator(pool, rng, asksSeq),
};
