// Every question kind on fixed scenarios: the answer the core computes, and how each response grades.
import { describe, expect, it } from 'vitest';
import { ackQuestion, gradeAck } from '../../src/quiz/kinds/ack-value.ts';
import { gradeNextState, NEXT_STATE_CASES, nextStateQuestion, type NextStateCaseId } from '../../src/quiz/kinds/next-state.ts';
import { gradeSeq, seqQuestion } from '../../src/quiz/kinds/seq-value.ts';
import { flagsQuestion, gradeFlags } from '../../src/quiz/kinds/which-flags.ts';
import { gradeStatusCode, statusCodeQuestion } from '../../src/quiz/kinds/status-code.ts';
import { STATUS_CODES } from '../../src/quiz/status-codes.ts';
import { createRng } from '../../src/quiz/random.ts';
import { seedOf } from '../../src/quiz/seed.ts';
import { runSegment, type SegmentPick } from '../../src/quiz/story.ts';
import type { Flag, Profile, TcpState } from '../../src/core/types.ts';

const LAST = 4294967295;
const pick = (scenario: SegmentPick['scenario'], from: SegmentPick['from'], nth: number): SegmentPick => ({ scenario, from, nth });
const SYN = pick('normal-open', 'client', 1);
const SYN_ACK = pick('normal-open', 'server', 1);
const THIRD_ACK = pick('normal-open', 'client', 2);
const DATA = pick('abortive-close', 'client', 3);
const DATA_ACK = pick('abortive-close', 'server', 2);
const RST = pick('abortive-close', 'client', 4);
const FIN = pick('close-from-client', 'client', 3);
const SERVER_FIN = pick('close-from-client', 'server', 3);
const LAST_ACK = pick('close-from-client', 'client', 4);

describe('ack-value', () => {
  // [segment, client ISN, server ISN, the acknowledgment number]
  const answers: [string, SegmentPick, number, number, number][] = [
    ['SYN+ACK acks the SYN: ISN + 1', SYN_ACK, 100, 300, 101],
    ['SYN+ACK wraps past 2^32 − 1', SYN_ACK, LAST, 300, 0],
    ['SYN+ACK, the brief’s example', SYN_ACK, 3294967290, 7, 3294967291],
    ['third ACK acks the server’s SYN', THIRD_ACK, 100, 300, 301],
    ['third ACK, server ISN at the wrap', THIRD_ACK, 100, LAST, 0],
    ['ACK of 5 data bytes', DATA_ACK, 100, 300, 106],
    ['ACK of data across the wrap', DATA_ACK, LAST - 2, 300, 3],
    ['last ACK acks the server’s FIN', LAST_ACK, 100, 300, 302],
    ['the server’s ACK of the client’s FIN', pick('close-from-client', 'server', 2), 100, 300, 102],
    ['the client’s ACK of the server’s FIN, at the wrap', pick('close-from-server', 'client', 3), 100, LAST - 1, 0],
  ];
  it.each(answers)('%s', (_, p, c, s, expected) => {
    const q = ackQuestion(runSegment(p, 'rfc9293', c, s));
    expect(q?.answer).toBe(expected);
    expect(gradeAck(q!, String(expected))).toMatchObject({ correct: true, given: expected });
    expect(q?.story.at(-1)).toMatchObject({ type: 'segment', ack: null });
  });

  it('names ack = the FIN’s seq, and works the FIN’s sum out, for the ACK of a FIN', () => {
    for (const profile of ['rfc9293', 'linux'] as const) {
      const q = ackQuestion(runSegment(pick('close-from-client', 'server', 2), profile, 100, 300))!;
      expect(gradeAck(q, '101')).toMatchObject({ correct: false, misconception: 'fin_ack_equals_seq' });
      expect(q.working).toEqual({ key: 'quiz.working.ack_of_fin', params: { seq: 101, len: 0, ack: 102 } });
      expect(gradeAck(q, '102').working).toEqual(q.working);
    }
    // The ACK of a SYN keeps the general misconception and shows no FIN sum.
    const synAck = ackQuestion(runSegment(SYN_ACK, 'rfc9293', 100, 300))!;
    expect(gradeAck(synAck, '100').misconception).toBe('ack_equals_seq');
    expect(synAck.working).toBeUndefined();
  });

  it('has no question for a segment without ACK or for a reset', () => {
    expect(ackQuestion(runSegment(SYN, 'rfc9293', 1, 2))).toBeNull();
    expect(ackQuestion(runSegment(RST, 'linux', 1, 2))).toBeNull();
  });

  const q = ackQuestion(runSegment(SYN_ACK, 'rfc9293', 3294967290, 7))!;
  // [typed text, correct, misconception, input error]
  const grades: [string, boolean, string | undefined, string | undefined][] = [
    ['3294967291', true, undefined, undefined],
    [' 3294967291 ', true, undefined, undefined],
    ['3294967290', false, 'ack_equals_seq', undefined],
    ['7', false, 'seq_ack_swapped', undefined],
    ['3294967292', false, undefined, undefined],
    ['', false, undefined, 'empty'],
    ['-5', false, undefined, 'negative'],
    ['99999999999', false, undefined, 'too_large'],
    ['0xC4653601', false, undefined, 'not_a_number'],
  ];
  it.each(grades)('grades %j', (text, correct, misconception, inputError) => {
    const g = gradeAck(q, text);
    expect(g.correct).toBe(correct);
    expect(g.misconception).toBe(misconception);
    expect(g.inputError).toBe(inputError);
    expect(g.expected).toBe(3294967291);
    expect(g.explanation.map((r) => r.key)).toEqual(['listen.rcv_syn', 'listen.send_syn_ack']);
  });

  it('names the missed wrap-around: expected + 2^32, or a negative variant', () => {
    const wrap = ackQuestion(runSegment(SYN_ACK, 'rfc9293', LAST, 300))!;
    expect(gradeAck(wrap, '4294967296')).toMatchObject({ correct: false, inputError: 'too_large', misconception: 'no_wrap' });
    expect(gradeAck(wrap, '4294967295')).toMatchObject({ correct: false, misconception: 'ack_equals_seq' });
    const nearWrap = ackQuestion(runSegment(SYN_ACK, 'rfc9293', 5, 300))!;
    expect(gradeAck(nearWrap, '-4294967290')).toMatchObject({ inputError: 'negative', misconception: 'no_wrap' });
    expect(gradeAck(nearWrap, '8589934591')).toMatchObject({ inputError: 'too_large' });
    expect(gradeAck(nearWrap, '8589934591').misconception).toBeUndefined();
  });
});

describe('seq-value', () => {
  const answers: [string, SegmentPick, Profile, number, number, number][] = [
    ['SYN carries the ISN', SYN, 'rfc9293', 100, 300, 100],
    ['SYN+ACK carries the server ISN', SYN_ACK, 'linux', 100, 300, 300],
    ['third ACK: ISN + 1', THIRD_ACK, 'rfc9293', 100, 300, 101],
    ['third ACK wraps to 0', THIRD_ACK, 'rfc9293', LAST, 300, 0],
    ['first data: ISN + 1', DATA, 'linux', 100, 300, 101],
    ['RST after 5 bytes', RST, 'rfc9293', 100, 300, 106],
    ['FIN after the handshake', FIN, 'rfc9293', 100, 300, 101],
    ['server FIN', SERVER_FIN, 'linux', 100, 300, 301],
    ['last ACK after SYN and FIN: ISN + 2 wraps to 0', LAST_ACK, 'rfc9293', LAST - 1, 300, 0],
  ];
  it.each(answers)('%s', (_, p, profile, c, s, expected) => {
    const q = seqQuestion(runSegment(p, profile, c, s));
    expect(q.answer).toBe(expected);
    expect(gradeSeq(q, String(expected)).correct).toBe(true);
  });

  it('works the sum out for the segment after a FIN (the last ACK’s seq)', () => {
    const q = seqQuestion(runSegment(LAST_ACK, 'linux', 100, 300));
    expect(q.answer).toBe(102);
    expect(q.working).toEqual({ key: 'quiz.working.seq_after_fin', params: { seq: 101, len: 0, next: 102 } });
    expect(seqQuestion(runSegment(THIRD_ACK, 'linux', 100, 300)).working).toBeUndefined();
  });

  const grades: [string, SegmentPick, number, string, string | undefined][] = [
    ['ISN: forgot the SYN', THIRD_ACK, 100, '100', 'syn_consumes_one'],
    ['ISN at the wrap: forgot the SYN', THIRD_ACK, LAST, '4294967295', 'syn_consumes_one'],
    ['2^32: did not wrap', THIRD_ACK, LAST, '4294967296', 'no_wrap'],
    ['gave the ack', THIRD_ACK, 100, '301', 'seq_ack_swapped'],
    ['forgot the FIN', LAST_ACK, 100, '101', 'fin_consumes_one'],
    ['just wrong', THIRD_ACK, 100, '12345', undefined],
  ];
  it.each(grades)('%s', (_, p, c, text, misconception) => {
    const g = gradeSeq(seqQuestion(runSegment(p, 'rfc9293', c, 300)), text);
    expect(g.correct).toBe(false);
    expect(g.misconception).toBe(misconception);
  });
});

describe('which-flags', () => {
  const answers: [string, SegmentPick, Profile, Flag[]][] = [
    ['SYN', SYN, 'rfc9293', ['SYN']],
    ['SYN+ACK', SYN_ACK, 'linux', ['SYN', 'ACK']],
    ['third ACK', THIRD_ACK, 'rfc9293', ['ACK']],
    ['data: ACK, PSH', DATA, 'linux', ['ACK', 'PSH']],
    ['abort, textbook: RST alone', RST, 'rfc9293', ['RST']],
    ['abort, Linux: ACK+RST', RST, 'linux', ['ACK', 'RST']],
    ['FIN carries ACK', FIN, 'rfc9293', ['ACK', 'FIN']],
  ];
  it.each(answers)('%s', (_, p, profile, flags) => {
    const q = flagsQuestion(runSegment(p, profile, 100, 300));
    expect(q.answer).toEqual(flags);
    expect(q.story.at(-1)).toMatchObject({ flags: null, ack: 'hidden' });
  });

  const q = flagsQuestion(runSegment(SYN_ACK, 'rfc9293', 100, 300));
  const grades: [Flag[], boolean, string | undefined][] = [
    [['SYN', 'ACK'], true, undefined],
    [['ACK', 'SYN'], true, undefined],
    [['SYN'], false, 'ack_flag_missing'],
    [['ACK'], false, undefined],
    [['SYN', 'ACK', 'PSH'], false, undefined],
    [[], false, undefined],
  ];
  it.each(grades)('grades %j', (chosen, correct, misconception) => {
    const g = gradeFlags(q, chosen);
    expect(g.correct).toBe(correct);
    expect(g.misconception).toBe(misconception);
    expect(g.expected).toEqual(['SYN', 'ACK']);
  });
});

describe('next-state', () => {
  // Each situation is stepped through the core: [case, state before, state after, reason keys]
  const cases: [NextStateCaseId, TcpState, TcpState, string[]][] = [
    ['closed_call_connect', 'CLOSED', 'SYN_SENT', ['closed.call_connect', 'closed.send_syn']],
    ['closed_call_listen', 'CLOSED', 'LISTEN', ['closed.call_listen']],
    ['listen_rcv_syn', 'LISTEN', 'SYN_RECEIVED', ['listen.rcv_syn', 'listen.send_syn_ack']],
    ['syn_sent_rcv_syn_ack', 'SYN_SENT', 'ESTABLISHED', ['syn_sent.rcv_syn_ack', 'syn_sent.send_ack']],
    ['syn_sent_rcv_bad_ack', 'SYN_SENT', 'SYN_SENT', ['syn_sent.send_rst_bad_ack']],
    ['syn_sent_rcv_syn', 'SYN_SENT', 'SYN_RECEIVED', ['syn_sent.rcv_syn', 'syn_sent.send_syn_ack']],
    ['syn_sent_rcv_rst', 'SYN_SENT', 'CLOSED', ['syn_sent.rcv_rst']],
    ['syn_received_rcv_ack', 'SYN_RECEIVED', 'ESTABLISHED', ['syn_received.rcv_ack']],
    ['established_call_close', 'ESTABLISHED', 'FIN_WAIT_1', ['established.call_close', 'established.send_fin']],
    ['established_rcv_fin', 'ESTABLISHED', 'CLOSE_WAIT', ['established.rcv_fin']],
    ['fin_wait_1_rcv_ack', 'FIN_WAIT_1', 'FIN_WAIT_2', ['fin_wait_1.rcv_ack_of_fin']],
    ['fin_wait_1_rcv_fin', 'FIN_WAIT_1', 'CLOSING', ['fin_wait_1.rcv_fin', 'closing.send_ack_fin']],
    ['fin_wait_1_rcv_fin_ack', 'FIN_WAIT_1', 'TIME_WAIT', ['fin_wait_1.rcv_fin_ack_of_fin', 'time_wait.send_ack_fin']],
    ['fin_wait_2_rcv_fin', 'FIN_WAIT_2', 'TIME_WAIT', ['fin_wait_2.rcv_fin', 'time_wait.send_ack_fin']],
    ['close_wait_call_close', 'CLOSE_WAIT', 'LAST_ACK', ['close_wait.call_close', 'close_wait.send_fin']],
    ['last_ack_rcv_ack', 'LAST_ACK', 'CLOSED', ['last_ack.rcv_ack_of_fin']],
    ['closing_rcv_ack', 'CLOSING', 'TIME_WAIT', ['closing.rcv_ack_of_fin']],
    ['time_wait_rcv_fin', 'TIME_WAIT', 'TIME_WAIT', ['time_wait.send_ack_fin_again']],
    ['time_wait_timeout', 'TIME_WAIT', 'CLOSED', ['time_wait.timeout']],
  ];
  const closingHalf = (state: TcpState) => !['CLOSED', 'LISTEN', 'SYN_SENT', 'SYN_RECEIVED'].includes(state);
  for (const profile of ['rfc9293', 'linux'] as const) {
    it.each(cases)(`${profile}: %s`, (id, before, after, keys) => {
      const q = nextStateQuestion(NEXT_STATE_CASES[id], profile, { own: LAST, peer: 100 });
      expect(q.state).toBe(before);
      expect(q.answer).toBe(after);
      expect(q.options).toContain(after);
      // Opening questions set SYN_SENT beside SYN_RECEIVED; closing ones offer every state of the teardown.
      expect(q.options).toEqual(
        expect.arrayContaining(closingHalf(before) ? ['FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSING', 'TIME_WAIT', 'LAST_ACK', 'CLOSED'] : ['SYN_SENT', 'SYN_RECEIVED']),
      );
      expect(q.explanation.map((r) => r.key)).toEqual(expect.arrayContaining(keys));
      expect(q.story.at(-1)).toEqual(q.event);
    });
  }

  it('uses the wrapped numbers in the story (ack = ISN + 1 mod 2^32)', () => {
    const q = nextStateQuestion(NEXT_STATE_CASES.syn_sent_rcv_syn_ack, 'rfc9293', { own: LAST, peer: 7 });
    expect(q.story).toEqual([
      { type: 'call', side: 'client', call: 'connect', isn: LAST },
      { type: 'segment', from: 'client', flags: ['SYN'], seq: LAST, ack: 'none', len: 0 },
      { type: 'segment', from: 'server', flags: ['SYN', 'ACK'], seq: 7, ack: 0, len: 0 },
    ]);
  });

  it('steps TIME_WAIT’s timer once its deadline has come: 2 × MSL in the textbook, about 60 s on Linux', () => {
    const story = (profile: Profile) => nextStateQuestion(NEXT_STATE_CASES.time_wait_timeout, profile, { own: 1, peer: 2 }).story;
    expect(story('rfc9293').at(-1)).toEqual({ type: 'timer', side: 'client', timer: 'time_wait' });
    expect(story('linux').at(-1)).toEqual({ type: 'timer', side: 'client', timer: 'time_wait' });
  });

  it('the resent FIN in TIME_WAIT is answered with an ACK of the same number', () => {
    const q = nextStateQuestion(NEXT_STATE_CASES.time_wait_rcv_fin, 'rfc9293', { own: 100, peer: 300 });
    const acks = q.story.filter((line) => line.type === 'segment' && line.from === 'client' && line.ack === 302);
    expect(acks).toHaveLength(1); // the last ACK; the answer to the resent FIN is the step's own output
    expect(q.explanation.map((r) => r.key)).toEqual(['time_wait.send_ack_fin_again']);
  });

  const listen = nextStateQuestion(NEXT_STATE_CASES.listen_rcv_syn, 'rfc9293', { own: 1, peer: 2 });
  const connect = nextStateQuestion(NEXT_STATE_CASES.closed_call_connect, 'rfc9293', { own: 1, peer: 2 });
  const finWait1 = nextStateQuestion(NEXT_STATE_CASES.fin_wait_1_rcv_ack, 'linux', { own: 1, peer: 2 });
  const grades: [string, typeof listen, TcpState | null, boolean, string | undefined][] = [
    ['right', listen, 'SYN_RECEIVED', true, undefined],
    ['SYN_SENT for SYN_RECEIVED', listen, 'SYN_SENT', false, 'syn_sent_vs_syn_received'],
    ['SYN_RECEIVED for SYN_SENT', connect, 'SYN_RECEIVED', false, 'syn_sent_vs_syn_received'],
    ['ESTABLISHED too early', listen, 'ESTABLISHED', false, undefined],
    ['no choice', listen, null, false, undefined],
    ['FIN_WAIT_2 forgotten: TIME_WAIT', finWait1, 'TIME_WAIT', false, 'forgot_fin_wait_2'],
    ['FIN_WAIT_2 forgotten: CLOSED', finWait1, 'CLOSED', false, 'forgot_fin_wait_2'],
    ['CLOSING for FIN_WAIT_2', finWait1, 'CLOSING', false, undefined],
    ['FIN_WAIT_2', finWait1, 'FIN_WAIT_2', true, undefined],
  ];
  it.each(grades)('grades: %s', (_, q, chosen, correct, misconception) => {
    const g = gradeNextState(q, chosen);
    expect(g.correct).toBe(correct);
    expect(g.misconception).toBe(misconception);
  });
});

describe('next-state, why three and the HTTP close', () => {
  // [case, state before, state after, reason keys, the prompt's key]
  const cases: [NextStateCaseId, TcpState, TcpState, string[], string][] = [
    ['syn_received_rcv_rst', 'SYN_RECEIVED', 'LISTEN', ['syn_received.rcv_rst_passive'], 'quiz.ask.next_state'],
    ['closed_rcv_syn_ack', 'CLOSED', 'CLOSED', ['closed.send_rst_for_ack'], 'quiz.ask.next_state'],
    ['listen_rcv_syn_two_way', 'LISTEN', 'ESTABLISHED', ['listen.rcv_syn_two_way'], 'quiz.ask.next_state_two_way'],
    ['established_rcv_rst_two_way', 'ESTABLISHED', 'LISTEN', ['established.rcv_rst_two_way'], 'quiz.ask.next_state_two_way'],
    ['fin_wait_2_rcv_fin', 'FIN_WAIT_2', 'TIME_WAIT', ['fin_wait_2.rcv_fin'], 'quiz.ask.next_state'],
    ['server_fin_wait_2_rcv_fin', 'FIN_WAIT_2', 'TIME_WAIT', ['fin_wait_2.rcv_fin'], 'quiz.ask.next_state'],
    ['last_ack_rcv_ack', 'LAST_ACK', 'CLOSED', ['last_ack.rcv_ack_of_fin'], 'quiz.ask.next_state'],
  ];
  for (const profile of ['rfc9293', 'linux'] as const) {
    it.each(cases)(`${profile}: %s`, (id, before, after, keys, prompt) => {
      const q = nextStateQuestion(NEXT_STATE_CASES[id], profile, { own: LAST, peer: 100 });
      expect(q.state).toBe(before);
      expect(q.answer).toBe(after);
      expect(q.options).toContain(after);
      expect(q.prompt.key).toBe(prompt);
      expect(q.explanation.map((r) => r.key)).toEqual(expect.arrayContaining(keys));
    });
  }

  it('the client with no connection answers the SYN+ACK with <SEQ=SEG.ACK><CTL=RST>', () => {
    const q = nextStateQuestion(NEXT_STATE_CASES.closed_rcv_syn_ack, 'rfc9293', { own: LAST, peer: 100 });
    expect(q.story).toEqual([{ type: 'segment', from: 'server', flags: ['SYN', 'ACK'], seq: 100, ack: 0, len: 0 }]);
  });

  it('offers the teardown states for a teardown', () => {
    const q = nextStateQuestion(NEXT_STATE_CASES.server_fin_wait_2_rcv_fin, 'rfc9293', { own: 1, peer: 2 });
    expect(q.side).toBe('server');
    expect(q.options).toEqual(expect.arrayContaining(['FIN_WAIT_2', 'TIME_WAIT', 'LAST_ACK', 'CLOSE_WAIT', 'CLOSED']));
    expect(q.options).not.toContain('SYN_SENT');
  });
});

describe('segment questions on a stale SYN', () => {
  for (const profile of ['rfc9293', 'linux'] as const) {
    it(`${profile}: the client resets a SYN+ACK of a SYN it never sent, seq = its ack`, () => {
      const picked = runSegment(pick('old-duplicate-syn-three-way', 'client', 1), profile, 1000, 5000);
      const flags = flagsQuestion(picked);
      expect(flags.answer).toEqual(['RST']);
      const seq = seqQuestion(picked);
      expect(seq.answer).toBe(991); // the stray SYN carried ISN - 10 = 990
      // The story shows the stale SYN, marked, before the server's answer.
      expect(seq.story.slice(1, 3)).toEqual([
        { type: 'segment', from: 'client', flags: ['SYN'], seq: 990, ack: 'none', len: 0, stale: true },
        { type: 'segment', from: 'server', flags: ['SYN', 'ACK'], seq: 5000, ack: 991, len: 0 },
      ]);
    });
  }

  it('asks about the request and response of the HTTP exchange with their real numbers', () => {
    const request = runSegment(pick('http-life', 'client', 5), 'rfc9293', 100, 300);
    expect(seqQuestion(request).answer).toBe(181);
    const response = runSegment(pick('http-life', 'server', 5), 'rfc9293', 100, 300);
    expect(ackQuestion(response)?.answer).toBe(261);
  });
});

describe('status-code', () => {
  it('asks for each code by its meaning, among four codes, and answers from the table', () => {
    const rng = createRng(seedOf(7));
    for (const status of STATUS_CODES) {
      const q = statusCodeQuestion(status, rng);
      expect(q.answer).toBe(status.code);
      expect(q.prompt).toEqual({ key: 'quiz.ask.status', params: { meaning: { key: `quiz.status.meaning.${status.code}` } } });
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options).size).toBe(4);
      expect(q.options).toContain(status.code);
      expect(q.explanation[0]).toMatchObject({ key: 'status.code', source: 'rfc9110', section: status.section });
      expect(q.explanation.length).toBe(status.effect ? 2 : 1);
    }
  });

  it('grades the chosen code', () => {
    const q = statusCodeQuestion(STATUS_CODES.find((c) => c.code === 408)!, createRng(seedOf(1)));
    expect(gradeStatusCode(q, 408).correct).toBe(true);
    const wrong = gradeStatusCode(q, q.options.find((c) => c !== 408)!);
    expect(wrong).toMatchObject({ correct: false, expected: 408 });
    expect(gradeStatusCode(q, null).correct).toBe(false);
    expect(q.explanation[1]).toMatchObject({ key: 'status.effect.closes', source: 'rfc9110', section: '15.5.9' });
  });
});
