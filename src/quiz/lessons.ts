// What each lesson's quiz may ask about: the segments (of which scenarios) and the next-state
// situations its text has taught. Keyed by the language-independent lesson id.
import type { NextStateCaseId } from './kinds/next-state.ts';
import type { SegmentPick } from './story.ts';

export interface LessonPool {
  readonly segments: readonly SegmentPick[];
  readonly situations: readonly NextStateCaseId[];
}

const HANDSHAKE: readonly SegmentPick[] = [
  { scenario: 'normal-open', from: 'client', nth: 1 }, // SYN
  { scenario: 'normal-open', from: 'server', nth: 1 }, // SYN+ACK
  { scenario: 'normal-open', from: 'client', nth: 2 }, // ACK
];

const OPENING_SITUATIONS: readonly NextStateCaseId[] = [
  'closed_call_connect',
  'closed_call_listen',
  'listen_rcv_syn',
  'syn_sent_rcv_syn_ack',
  'syn_sent_rcv_bad_ack',
  'syn_sent_rcv_syn',
  'syn_sent_rcv_rst',
  'syn_received_rcv_ack',
];

export const LESSON_POOLS: Readonly<Record<string, LessonPool>> = {
  'tcp-header': {
    segments: [
      ...HANDSHAKE,
      { scenario: 'abortive-close', from: 'client', nth: 3 }, // data (PSH)
      { scenario: 'abortive-close', from: 'server', nth: 2 }, // ACK of data
      { scenario: 'abortive-close', from: 'client', nth: 4 }, // RST (+ACK on Linux)
      { scenario: 'close-from-client', from: 'client', nth: 3 }, // FIN
      { scenario: 'close-from-client', from: 'server', nth: 3 }, // the server's FIN
      { scenario: 'close-from-client', from: 'client', nth: 4 }, // last ACK
    ],
    situations: [...OPENING_SITUATIONS, 'established_call_close', 'established_rcv_fin'],
  },
  'three-way-handshake': { segments: HANDSHAKE, situations: OPENING_SITUATIONS },
};

export function poolOf(lessonId: string): LessonPool {
  const pool = LESSON_POOLS[lessonId];
  if (!pool) throw new Error(`No quiz questions for lesson "${lessonId}" (known: ${Object.keys(LESSON_POOLS).join(', ')})`);
  return pool;
}

