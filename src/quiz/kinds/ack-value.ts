// "What acknowledgment number does this segment carry?" — the answer is the number the core put
// in the segment: the peer's sequence number plus the space its segment used (SYN and FIN count
// one). The ACK of a FIN shows its sum (the FIN's seq + 1): the core's reasons leave it implicit.
import { seqAdd } from '../../core/seq.ts';
import { otherSide } from '../../core/types.ts';
import { realTraps, SEQUENCE_NUMBER_STRINGS } from '../grading.ts';
import type { QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import type { Rng } from '../random.ts';
import { lastConsumingFrom, reasonsFor, runPick, segmentGenerator, storyUntil, type PickedSegment, type SegmentPick } from '../story.ts';
import type { NumberQuestion } from '../types.ts';
import { gradeAck, ackValueGrading } from './grading/ack-value.ts';

export { gradeAck };

/** A segment whose ACK field is worth asking about (a reset's is not the lesson's point). */
export function asksAck(pick: SegmentPick, rng: Rng): NumberQuestion | null {
  return ackQuestion(runPick(rng, pick));
}

export function ackQuestion({ profile, run, target }: PickedSegment): NumberQuestion | null {
  const { ack, seq, flags } = target.segment;
  if (ack === null || flags.includes('RST')) return null;
  const acked = lastConsumingFrom(run, otherSide(target.from), target);
  return {
    kind: 'ack-value',
    index: 0,
    profile,
    prompt: message('quiz.ask.ack', { side: message(`quiz.side.${target.from}`) }),
    story: storyUntil(run, target, 'ack'),
    explanation: reasonsFor(run, target),
    answer: ack,
    ...(acked?.segment.flags.includes('FIN')
      ? { working: message('quiz.working.ack_of_fin', { seq: acked.segment.seq, len: acked.segment.len, ack }) }
      : {}),
    traps: realTraps(ack, [
      // The acknowledged segment's own number: "ack = seq" instead of the next number expected
      // (a FIN's has feedback of its own: it carries no data, so only its flag counts).
      acked ? { value: acked.segment.seq, misconception: acked.segment.flags.includes('FIN') ? 'fin_ack_equals_seq' : 'ack_equals_seq' } : null,
      { value: seq, misconception: 'seq_ack_swapped' },
      // The number of the last byte received (seq + len − 1) instead of the next one expected.
      acked && acked.segment.len > 0 ? { value: seqAdd(acked.segment.seq, acked.segment.len - 1), misconception: 'ack_last_byte' } : null,
    ]),
  };
}

export const ackValue: QuizKindModule<NumberQuestion, string> = {
  ...ackValueGrading,
  strings: [
    ...SEQUENCE_NUMBER_STRINGS,
    'quiz.ask.ack',
    'quiz.misconception.ack_equals_seq',
    'quiz.misconception.fin_ack_equals_seq',
    'quiz.misconception.ack_last_byte',
    'quiz.working.ack_of_fin',
  ],
  draws: 'segments',
  generator: (pool, rng) => segmentGenerator(pool, rng, asksAck),
};
