// "Which control bits are set on this segment?" — the answer is the core's segment's flags; a
// response is right when it names exactly those bits.
import { seqAdd } from '../../core/seq.ts';
import { FLAG_ORDER, otherSide } from '../../core/types.ts';
import type { Flag } from '../../core/types.ts';
import type { QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import type { Rng } from '../random.ts';
import { reasonsFor, runPick, segmentGenerator, storyUntil, type PickedSegment, type SegmentPick } from '../story.ts';
import type { Misconception, QuestionBase, Trap } from '../types.ts';
import { gradeFlags, whichFlagsGrading } from './grading/which-flags.ts';

export { gradeFlags };

export interface FlagsQuestion extends QuestionBase {
  readonly kind: 'which-flags';
  readonly options: readonly Flag[];
  readonly answer: readonly Flag[];
  /** Wrong sets of bits that betray a misconception about this segment. */
  readonly traps: readonly Trap<readonly Flag[]>[];
}

/**
 * Whether the target is a handshake's third segment: its sender's answer to a SYN+ACK that
 * acknowledges its own SYN, with nothing sent in between.
 */
function completesHandshake({ run, target }: PickedSegment): boolean {
  const before = run.segments.filter((s) => s.id < target.id && !s.injected);
  const peer = before.filter((s) => s.from === otherSide(target.from)).at(-1);
  const ownSyn = before.filter((s) => s.from === target.from && s.segment.flags.includes('SYN')).at(-1);
  if (!peer || !ownSyn || !(peer.segment.flags.includes('SYN') && peer.segment.flags.includes('ACK'))) return false;
  const acksOwnSyn = peer.segment.ack === seqAdd(ownSyn.segment.seq, 1);
  const flags = target.segment.flags;
  return acksOwnSyn && !flags.includes('SYN') && !flags.includes('RST') && !before.some((s) => s.from === target.from && s.id > peer.id);
}

export function asksFlags(pick: SegmentPick, rng: Rng): FlagsQuestion {
  return flagsQuestion(runPick(rng, pick));
}

export function flagsQuestion(picked: PickedSegment): FlagsQuestion {
  const { profile, run, target } = picked;
  // The third segment answers the SYN+ACK with a bare ACK: its sender's SYN is already acknowledged.
  const third = completesHandshake(picked);
  return {
    kind: 'which-flags',
    index: 0,
    profile,
    prompt: message('quiz.ask.flags', { side: message(`quiz.side.${target.from}`) }),
    story: storyUntil(run, target, 'flags'),
    explanation: reasonsFor(run, target),
    options: FLAG_ORDER,
    answer: target.segment.flags,
    traps: third ? [{ value: ['SYN', 'ACK'], misconception: 'syn_ack_for_third' }] : [],
  };
}

/**
 * What a wrong set of flags can betray: a trap's misconception, or ACK left off a segment that
 * carries it. Build time only (src/quiz/reason-keys.ts), so it stays out of the island's code.
 */
export function flagsMisconceptions(question: FlagsQuestion): Misconception[] {
  return [...question.traps.map((trap) => trap.misconception), ...(question.answer.includes('ACK') ? (['ack_flag_missing'] as const) : [])];
}

export const whichFlags: QuizKindModule<FlagsQuestion, readonly Flag[]> = {
  ...whichFlagsGrading,
  strings: ['quiz.ask.flags', 'quiz.noFlags', 'quiz.misconception.ack_flag_missing', 'quiz.misconception.syn_ack_for_third'],
  draws: 'segments',
  generator: (pool, rng) => segmentGenerator(pool, rng, asksFlags),
};
