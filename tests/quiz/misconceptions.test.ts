// Each named misconception, graded from the wrong answer that betrays it, in both profiles; and
// the near misses that must not be named so (the same wrong answer where it means something else).
import { describe, expect, it } from 'vitest';
import type { Flag, Profile, TcpState } from '../../src/core/types.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { ackQuestion, gradeAck } from '../../src/quiz/kinds/ack-value.ts';
import { gradeNextState, NEXT_STATE_CASES, nextStateQuestion, type NextStateCaseId } from '../../src/quiz/kinds/next-state.ts';
import { gradeSeq, seqQuestion } from '../../src/quiz/kinds/seq-value.ts';
import { flagsQuestion, gradeFlags } from '../../src/quiz/kinds/which-flags.ts';
import { runSegment, type SegmentPick } from '../../src/quiz/story.ts';
import type { Grade, Misconception } from '../../src/quiz/types.ts';

const LAST = 4294967295;
const pick = (scenario: SegmentPick['scenario'], from: SegmentPick['from'], nth: number): SegmentPick => ({ scenario, from, nth });
const SYN = pick('normal-open', 'client', 1);
const SYN_ACK = pick('normal-open', 'server', 1);
const THIRD_ACK = pick('normal-open', 'client', 2);
const DATA = pick('abortive-close', 'client', 3);
const DATA_ACK = pick('abortive-close', 'server', 2);
const STALE_RST = pick('old-duplicate-syn-three-way', 'client', 1);
const RESPONSE_ACK = pick('http-life', 'client', 4);

const ack = (p: SegmentPick, profile: Profile, client: number, server: number, typed: string) =>
  gradeAck(ackQuestion(runSegment(p, profile, client, server))!, typed);
const seq = (p: SegmentPick, profile: Profile, client: number, server: number, typed: string) =>
  gradeSeq(seqQuestion(runSegment(p, profile, client, server)), typed);
const flags = (p: SegmentPick, profile: Profile, chosen: Flag[]) => gradeFlags(flagsQuestion(runSegment(p, profile, 100, 300)), chosen);
const state = (id: NextStateCaseId, profile: Profile, chosen: TcpState, own = 100) =>
  gradeNextState(nextStateQuestion(NEXT_STATE_CASES[id], profile, { own, peer: 300 }), chosen);

/** The acknowledgment of the segment `p` acknowledges, worked out from that segment: its seq + len − 1. */
function lastByteOfAcked(p: SegmentPick, profile: Profile): string {
  const { run, target } = runSegment(p, profile, 100, 300);
  const acked = run.segments.filter((s) => s.from !== target.from && s.id < target.id && s.segment.len > 0).at(-1)!;
  return String(acked.segment.seq + acked.segment.len - 1);
}

// [what the learner did, how it grades, the misconception named (undefined: none)]
type Row = [string, (profile: Profile) => Grade, Misconception | undefined];
const rows: Row[] = [
  // A data ACK off by one: the last byte received instead of the next expected.
  ['acks 5 bytes from 101 with 105', (p) => ack(DATA_ACK, p, 100, 300, '105'), 'ack_last_byte'],
  ['acks 5 bytes from 4294967294 with 2 (across the wrap)', (p) => ack(DATA_ACK, p, LAST - 2, 300, '2'), 'ack_last_byte'],
  ['acks an HTTP response with its seq + len − 1', (p) => ack(RESPONSE_ACK, p, 100, 300, lastByteOfAcked(RESPONSE_ACK, p)), 'ack_last_byte'],
  ['acks the data with its seq (still its own misconception)', (p) => ack(DATA_ACK, p, 100, 300, '101'), 'ack_equals_seq'],
  ['acks a SYN with ISN − 1 (a SYN has no bytes)', (p) => ack(SYN_ACK, p, 100, 300, '99'), undefined],
  // A SYN's seq taken as ISN + 1.
  ['gives the SYN seq ISN + 1', (p) => seq(SYN, p, 100, 300, '101'), 'syn_seq_isn_plus_one'],
  ['gives the SYN+ACK seq the server’s ISN + 1', (p) => seq(SYN_ACK, p, 100, 300, '301'), 'syn_seq_isn_plus_one'],
  ['gives the SYN seq ISN + 1 at the wrap (0)', (p) => seq(SYN, p, LAST, 300, '0'), 'syn_seq_isn_plus_one'],
  ['gives the SYN+ACK seq its ack (still swapped)', (p) => seq(SYN_ACK, p, 100, 300, '101'), 'seq_ack_swapped'],
  ['gives the data segment seq + 1 (not a SYN)', (p) => seq(DATA, p, 100, 300, '102'), undefined],
  // ESTABLISHED after a SYN+ACK whose ack is not ISS + 1.
  ['enters ESTABLISHED on a SYN+ACK acking ISS', (p) => state('syn_sent_rcv_bad_ack', p, 'ESTABLISHED'), 'established_on_bad_ack'],
  ['enters ESTABLISHED on a SYN+ACK acking ISS, ISS at the wrap', (p) => state('syn_sent_rcv_bad_ack', p, 'ESTABLISHED', LAST), 'established_on_bad_ack'],
  ['takes SYN_RECEIVED for the bad SYN+ACK (the old swap)', (p) => state('syn_sent_rcv_bad_ack', p, 'SYN_RECEIVED'), 'syn_sent_vs_syn_received'],
  ['enters ESTABLISHED on a SYN+ACK with no connection at all', (p) => state('closed_rcv_syn_ack', p, 'ESTABLISHED'), undefined],
  // SYN+ACK chosen for the third segment.
  ['sets SYN+ACK on the handshake’s third segment', (p) => flags(THIRD_ACK, p, ['SYN', 'ACK']), 'syn_ack_for_third'],
  ['sets ACK+SYN, in another order, on the third segment', (p) => flags(THIRD_ACK, p, ['ACK', 'SYN']), 'syn_ack_for_third'],
  ['sets no bits on the third segment (ACK missing)', (p) => flags(THIRD_ACK, p, []), 'ack_flag_missing'],
  ['sets SYN+ACK on the data segment after the handshake', (p) => flags(DATA, p, ['SYN', 'ACK']), undefined],
  ['sets SYN+ACK on the reset of a stale SYN+ACK', (p) => flags(STALE_RST, p, ['SYN', 'ACK']), undefined],
];

describe('named misconceptions', () => {
  for (const profile of ['rfc9293', 'linux'] as const) {
    it.each(rows)(`${profile}: %s`, (_, grade, misconception) => {
      const graded = grade(profile);
      expect(graded.correct).toBe(false);
      expect(graded.misconception).toBe(misconception);
    });
  }

  it.each(['ack_last_byte', 'syn_seq_isn_plus_one', 'established_on_bad_ack', 'syn_ack_for_third'] as const)(
    '%s has feedback of its own in both languages',
    (misconception) => {
      const key = `quiz.misconception.${misconception}` as const;
      const texts = [dictionaries.en[key], dictionaries.zh[key]];
      for (const text of texts) expect(text.length).toBeGreaterThan(40);
      const others = Object.entries(dictionaries.en).filter(([k]) => k.startsWith('quiz.misconception.') && k !== key);
      expect(others.map(([, text]) => text)).not.toContain(texts[0]);
    },
  );
});
