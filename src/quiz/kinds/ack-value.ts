// "What acknowledgment number does this segment carry?" — the answer is the number the core put
// in the segment: the peer's sequence number plus the space its segment used (SYN and FIN count one).
import { otherSide } from '../../core/types.ts';
import { gradeNumber, realTraps } from '../grading.ts';
import { message } from '../message.ts';
import type { Rng } from '../random.ts';
import { lastConsumingFrom, reasonsFor, runPick, storyUntil, type PickedSegment, type SegmentPick } from '../story.ts';
import type { Grade, NumberQuestion } from '../types.ts';

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
    traps: realTraps(ack, [
      // The acknowledged segment's own number: "ack = seq" instead of the next number expected.
      acked ? { value: acked.segment.seq, misconception: 'ack_equals_seq' } : null,
      { value: seq, misconception: 'seq_ack_swapped' },
    ]),
  };
}

export function gradeAck(question: NumberQuestion, text: string): Grade {
  return gradeNumber(question, text);
}
