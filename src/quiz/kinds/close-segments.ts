// "How many segments does this close take?" — the three-segment-close program run by the core
// with seeded parameters: the client sends a few bytes (or none) and closes; the server's
// application reads to end of stream and closes after a seeded wait. The answer is the number of
// segments the run put on the wire from the client's FIN on: four in the textbook, three on Linux
// when the server closes while its ACK of the FIN is still delayed (it then rides on the FIN).
import { threeSegmentClose } from '../../core/scenarios.ts';
import { simulate, type Run } from '../../core/simulate.ts';
import type { Profile, Reason } from '../../core/types.ts';
import { AMOUNT_STRINGS, realTraps } from '../grading.ts';
import type { QuizKindModule } from '../kind.ts';
import { message } from '../message.ts';
import { drawIsn, type Rng } from '../random.ts';
import { storyUntil } from '../story.ts';
import type { QuestionBase, Trap } from '../types.ts';
import { gradeCloseSegments, closeSegmentsGrading } from './grading/close-segments.ts';

export { gradeCloseSegments };

export interface CloseSegmentsQuestion extends QuestionBase {
  readonly kind: 'close-segments';
  /** How long (ms) the server's application waits after reading end of stream before close(). */
  readonly waitMs: number;
  /** Bytes the client sent before closing: with none, Linux acknowledges a FIN almost at once. */
  readonly bytes: number;
  readonly answer: number;
  readonly traps: readonly Trap[];
}

/** Waits well clear of Linux's delayed-ACK times (about 1.5 ms with nothing received, 40 ms after data). */
export const CLOSE_WAITS_MS = [0, 10, 25, 100, 200, 500] as const;
const BYTES = [0, 5] as const;

export interface CloseParams {
  readonly profile: Profile;
  readonly waitMs: number;
  readonly bytes: number;
  readonly clientIsn: number;
  readonly serverIsn: number;
}

/** The library's three-segment-close program with the seeded data and wait. */
export function closeRun({ profile, waitMs, bytes, clientIsn, serverIsn }: CloseParams): Run {
  const program = threeSegmentClose({ profile, clientIsn, serverIsn });
  const clientClose = program.events.find((e) => e.who === 'client' && e.call === 'close');
  if (!clientClose || !program.link) throw new Error('internal: the three-segment close has no client close or no link');
  const finArrives = clientClose.t + program.link.delay;
  const events = program.events
    .filter((e) => bytes > 0 || e.call !== 'send')
    .map((e) => (e.call === 'send' ? { ...e, bytes } : e))
    // A wait of 0 keeps the library's close, which runs the moment recv_until_eof returns.
    .map((e) => (e.who === 'server' && e.call === 'close' && waitMs > 0 ? { ...e, t: finArrives + waitMs / 1000 } : e));
  return simulate({ ...program, events });
}

function closeSegmentsQuestion(params: CloseParams): CloseSegmentsQuestion {
  const run = closeRun(params);
  const closeStep = run.steps.find((s) => s.event.kind === 'call' && s.event.side === 'client' && s.event.call.name === 'close');
  if (!closeStep) throw new Error('internal: the client never closed');
  const closing = run.segments.filter((s) => !s.injected && s.t >= closeStep.t);
  const last = run.segments.at(-1);
  if (!last) throw new Error('internal: the run sent nothing');
  const story = storyUntil(run, last, null);
  const closeLine = story.findIndex((line) => line.type === 'call' && line.side === 'client' && line.call === 'close');
  const count = closing.length;
  // Every reason of the teardown, once each: the FIN, how it was acknowledged, the last ACK.
  const explanation: Reason[] = [];
  for (const step of run.steps.filter((s) => s.t >= closeStep.t)) {
    for (const reason of [...step.transitions.map((t) => t.reason), ...step.sent.map((s) => s.reason)]) {
      if (!explanation.some((r) => r.key === reason.key)) explanation.push(reason);
    }
  }
  return {
    kind: 'close-segments',
    index: 0,
    profile: params.profile,
    prompt: message('quiz.ask.close_segments', { wait: params.waitMs }),
    story: story.slice(0, closeLine + 1),
    explanation,
    waitMs: params.waitMs,
    bytes: params.bytes,
    answer: count,
    // Counting an ACK that TIME_WAIT never sends by itself, after the four of a textbook close.
    traps: realTraps(count, [count === 4 ? { value: 5, misconception: 'time_wait_sends_ack' } : null]),
  };
}

export function asksCloseSegments(rng: Rng): CloseSegmentsQuestion {
  const profile = rng.pick<Profile>(['rfc9293', 'linux']);
  const waitMs = rng.pick(CLOSE_WAITS_MS);
  const bytes = rng.pick(BYTES);
  return closeSegmentsQuestion({ profile, waitMs, bytes, clientIsn: drawIsn(rng), serverIsn: drawIsn(rng) });
}

export { closeSegmentsQuestion };

export const closeSegments: QuizKindModule<CloseSegmentsQuestion, string> = {
  ...closeSegmentsGrading,
  strings: [...AMOUNT_STRINGS, 'quiz.ask.close_segments', 'quiz.answer.segments', 'quiz.unit.segments', 'quiz.misconception.time_wait_sends_ack'],
  generator: (_pool, rng) => () => asksCloseSegments(rng),
};
