// The less travelled rules of RFC 9293's event processing (§3.10.7.2–§3.10.7.4, §3.10.5) and
// RFC 6298's timer rules, state by state: exact segments out and the next state, per profile.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/index.ts';
import { CLIENT_ISN, driver, establishedClient, establishedServer, PROFILES, seg, SERVER_ISN } from './harness.ts';
import type { Driver } from './harness.ts';

const C = CLIENT_ISN;
const S = SERVER_ISN;

const listening = (profile: Profile): Driver => {
  const d = driver(profile, S, {}, 'server');
  d.call('listen', 0);
  return d;
};

const connecting = (profile: Profile): Driver => {
  const d = driver(profile, C);
  d.call('connect', 0);
  return d;
};

/** Client ESTABLISHED (RTT 0.1 s), closed at 1, the server's ACK and FIN in at 1.1: TIME_WAIT. */
const timeWait = (profile: Profile): Driver => {
  const d = establishedClient(profile, { msl: 30 });
  d.call('close', 1);
  d.arrive(seg(['FIN'], S + 1, C + 2), 1.1);
  return d;
};

describe('LISTEN (§3.10.7.2)', () => {
  for (const profile of PROFILES) {
    // Second: "Any acknowledgment is bad": <SEQ=SEG.ACK><CTL=RST>, a SYN,ACK included.
    it(`listen_receives_syn_ack_answers_rst (${profile})`, () => {
      const d = listening(profile);
      d.arrive(seg(['SYN'], C, 777), 0.5);
      expect(d.sent()).toEqual([{ flags: 'RST', seq: 777, ack: null, len: 0 }]);
      expect(d.state).toBe('LISTEN');
    });

    // Fourth: anything else "should not be reached. Drop the segment and return."
    it(`listen_receives_fin_without_ack_drops_it (${profile})`, () => {
      const d = listening(profile);
      d.arrive(seg(['FIN'], C), 0.5);
      expect(d.sent()).toEqual([]);
      expect(d.state).toBe('LISTEN');
    });
  }
});

describe('SYN_SENT (§3.10.7.3)', () => {
  for (const profile of PROFILES) {
    // First: SEG.ACK =< ISS is not an ACK of our SYN.
    it(`syn_sent_receives_ack_of_iss_answers_rst (${profile})`, () => {
      const d = connecting(profile);
      d.arrive(seg([], S, C), 0.1);
      expect(d.sent()).toEqual([{ flags: 'RST', seq: C, ack: null, len: 0 }]);
      expect(d.state).toBe('SYN_SENT');
    });

    // "...send a reset (unless the RST bit is set, if so drop the segment and return)".
    it(`syn_sent_receives_rst_with_bad_ack_drops_it (${profile})`, () => {
      const d = connecting(profile);
      d.arrive(seg(['RST'], S, C + 50), 0.1);
      expect(d.sent()).toEqual([]);
      expect(d.state).toBe('SYN_SENT');
      expect(d.last.returns).toEqual([]);
    });

    // Fifth: "if neither of the SYN or RST bits is set, then drop the segment and return."
    it(`syn_sent_receives_ack_without_syn_drops_it (${profile})`, () => {
      const d = connecting(profile);
      d.arrive(seg([], S, C + 1), 0.1);
      expect(d.sent()).toEqual([]);
      expect(d.state).toBe('SYN_SENT');
      expect(d.ep.sndUna).toBe(C);
    });
  }
});

describe('resets in a synchronized state (§3.10.7.4 with RFC 5961 §3)', () => {
  for (const profile of PROFILES) {
    // 1) Outside the window: silently dropped.
    it(`established_receives_rst_out_of_window_drops_it (${profile})`, () => {
      const d = establishedClient(profile);
      d.arrive(seg(['RST'], S + 1 + 70000), 0.5);
      expect(d.sent()).toEqual([]);
      expect(d.state).toBe('ESTABLISHED');
    });

    // 2) Exactly RCV.NXT: the connection is reset.
    it(`close_wait_receives_rst_at_rcv_nxt_enters_closed (${profile})`, () => {
      const d = establishedServer(profile);
      d.arrive(seg(['FIN'], C + 1, S + 1), 0.5);
      d.arrive(seg(['RST'], C + 2), 1);
      expect(d.state).toBe('CLOSED');
      expect(d.sent()).toEqual([]);
    });

    // 3) In the window, not RCV.NXT: a challenge ACK, nothing else.
    it(`time_wait_receives_rst_off_rcv_nxt_sends_challenge_ack (${profile})`, () => {
      const d = timeWait(profile);
      d.arrive(seg(['RST'], S + 9), 2);
      expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 2, ack: S + 2, len: 0 }]);
      expect(d.state).toBe('TIME_WAIT');
    });
  }
});

describe('TIME_WAIT (§3.10.7.4)', () => {
  for (const profile of PROFILES) {
    // Fifth and eighth steps: acknowledge the FIN again and restart the 2 MSL timeout, every time.
    it(`time_wait_receives_fin_again_twice_restarts_each_time (${profile})`, () => {
      const d = timeWait(profile);
      const length = profile === 'rfc9293' ? 60 : 61.024; // 2 × MSL 30 s; Linux's 60 s on its wheel
      expect(d.ep.timers.time_wait).toBeCloseTo(1.1 + length, 9);
      for (const t of [3, 9]) {
        d.arrive(seg(['FIN'], S + 1, C + 2), t);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 2, ack: S + 2, len: 0 }]);
        expect(d.last.reasons.map((r) => r.key)).toEqual(['time_wait.send_ack_fin_again']);
        expect(d.ep.timers.time_wait).toBeCloseTo(t + length, 9);
      }
      d.fire('time_wait');
      expect(d.state).toBe('CLOSED');
    });

    // Fourth: a SYN in a synchronized state draws a challenge ACK (RFC 5961 §4).
    it(`time_wait_receives_syn_sends_challenge_ack (${profile})`, () => {
      const d = timeWait(profile);
      d.arrive(seg(['SYN'], S + 500), 2);
      expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 2, ack: S + 2, len: 0 }]);
      expect(d.state).toBe('TIME_WAIT');
    });
  }
});

describe('ABORT (§3.10.5)', () => {
  /** Drives an endpoint into `state`, then aborts at t = 3. */
  const aborted = (profile: Profile, state: string): Driver => {
    let d: Driver;
    switch (state) {
      case 'LISTEN':
        d = listening(profile);
        break;
      case 'SYN_SENT':
        d = connecting(profile);
        break;
      case 'SYN_RECEIVED':
        d = listening(profile);
        d.arrive(seg(['SYN'], C), 0);
        break;
      case 'ESTABLISHED':
        d = establishedClient(profile);
        break;
      case 'FIN_WAIT_1':
        d = establishedClient(profile);
        d.call('shutdown', 1);
        break;
      case 'FIN_WAIT_2':
        d = establishedClient(profile);
        d.call('shutdown', 1);
        d.arrive(seg([], S + 1, C + 2), 1.1);
        break;
      case 'CLOSE_WAIT':
        d = establishedClient(profile);
        d.arrive(seg(['FIN'], S + 1, C + 1), 1);
        break;
      case 'CLOSING':
        d = establishedClient(profile);
        d.call('shutdown', 1);
        d.arrive(seg(['FIN'], S + 1, C + 1), 1.1);
        break;
      case 'LAST_ACK':
        d = establishedClient(profile);
        d.arrive(seg(['FIN'], S + 1, C + 1), 1);
        d.call('shutdown', 1.1);
        break;
      default:
        d = establishedClient(profile);
        d.call('shutdown', 1);
        d.arrive(seg(['FIN'], S + 1, C + 2), 1.1);
    }
    expect(d.state).toBe(state);
    d.call('abort', 3);
    return d;
  };

  for (const profile of PROFILES) {
    // "Send a reset segment: <SEQ=SND.NXT><CTL=RST>" (Linux: RST,ACK with ACK = RCV.NXT).
    it.each([
      ['SYN_RECEIVED', S + 1, C + 1],
      ['ESTABLISHED', C + 1, S + 1],
      ['FIN_WAIT_1', C + 2, S + 1],
      ['FIN_WAIT_2', C + 2, S + 1],
      ['CLOSE_WAIT', C + 1, S + 2],
    ])(`%s_call_abort_sends_rst (${profile})`, (state, seq, ack) => {
      const d = aborted(profile, state);
      expect(d.sent()).toEqual([
        profile === 'rfc9293' ? { flags: 'RST', seq, ack: null, len: 0 } : { flags: 'ACK+RST', seq, ack, len: 0 },
      ]);
      expect(d.state).toBe('CLOSED');
      expect(d.ep.timers).toEqual({});
    });

    // LISTEN and SYN-SENT: "Delete the TCB"; CLOSING and LAST-ACK: "Respond with 'ok' and delete the TCB".
    it.each(['LISTEN', 'SYN_SENT', 'CLOSING', 'LAST_ACK'])(`%s_call_abort_sends_nothing (${profile})`, (state) => {
      const d = aborted(profile, state);
      expect(d.sent()).toEqual([]);
      expect(d.state).toBe('CLOSED');
    });
  }

  it('time_wait_call_abort_deletes_the_tcb (rfc9293)', () => {
    const d = aborted('rfc9293', 'TIME_WAIT');
    expect(d.sent()).toEqual([]);
    expect(d.state).toBe('CLOSED');
  });

  // Linux: the TIME_WAIT connection is no longer the application's socket.
  it('time_wait_call_abort_leaves_time_wait (linux)', () => {
    const d = aborted('linux', 'TIME_WAIT');
    expect(d.sent()).toEqual([]);
    expect(d.state).toBe('TIME_WAIT');
  });
});

describe('the retransmission timer (RFC 6298)', () => {
  // (2.2): the first sample R gives SRTT = R, RTTVAR = R/2, RTO = SRTT + 4·RTTVAR = 3R.
  it('syn_sent_receives_syn_ack_rto_from_first_sample (rfc9293)', () => {
    const d = connecting('rfc9293');
    d.arrive(seg(['SYN'], S, C + 1), 0.5);
    expect(d.ep.rto).toBeCloseTo(1.5, 9);
  });

  // (2.3): RTTVAR ← 3/4·0.25 + 1/4·|0.5 − 0.3| = 0.2375; SRTT ← 7/8·0.5 + 1/8·0.3 = 0.475;
  // RTO = 0.475 + 4 × 0.2375 = 1.425. (5.2): everything acknowledged, the timer stops.
  it('established_receives_ack_of_data_smooths_rto (rfc9293)', () => {
    const d = connecting('rfc9293');
    d.arrive(seg(['SYN'], S, C + 1), 0.5);
    d.call({ name: 'send', bytes: 5 }, 1);
    expect(d.ep.timers.retransmit).toBeCloseTo(1 + 1.5, 9); // (5.1)
    d.arrive(seg([], S + 1, C + 6), 1.3);
    expect(d.ep.rto).toBeCloseTo(1.425, 9);
    expect(d.ep.timers.retransmit).toBeUndefined();
  });

  // (5.3): an ACK of new data with more outstanding restarts the timer for the current RTO.
  it('established_receives_partial_ack_restarts_timer (rfc9293)', () => {
    const d = establishedClient('rfc9293');
    d.call({ name: 'send', bytes: 5 }, 1);
    d.call({ name: 'send', bytes: 5 }, 1.2);
    d.arrive(seg([], S + 1, C + 6), 1.25);
    expect(d.ep.timers.retransmit).toBeCloseTo(1.25 + 1, 9); // RTO floored at 1 s (2.4)
  });

  // (3), Karn: the ACK of a retransmitted segment is no sample; the backed-off RTO stays.
  it('established_receives_ack_of_retransmitted_data_keeps_backed_off_rto (rfc9293)', () => {
    const d = establishedClient('rfc9293');
    d.call({ name: 'send', bytes: 5 }, 1);
    d.fire('retransmit');
    expect(d.ep.rto).toBe(2);
    d.arrive(seg([], S + 1, C + 6), 2.1);
    expect(d.ep.rto).toBe(2);
  });

  // (5.5): doubled on every expiry, up to the 60 s ceiling (2.5); then R2 (§3.8.3: at least 100 s) ends it.
  it('established_retransmits_with_rto_capped_at_60s_then_gives_up (rfc9293)', () => {
    const d = establishedClient('rfc9293');
    d.call({ name: 'send', bytes: 5 }, 1);
    const rtos: number[] = [];
    for (let i = 0; i < 6; i++) {
      d.fire('retransmit');
      rtos.push(d.ep.rto);
    }
    expect(rtos).toEqual([2, 4, 8, 16, 32, 60]);
    d.fire('retransmit');
    expect(d.now).toBe(124);
    expect(d.state).toBe('CLOSED');
    expect(d.sent()).toEqual([]);
  });

  // (5.7): the SYN timed out, so data starts with the RTO re-initialized to 3 s, on either side.
  it('syn_sent_after_syn_timeout_starts_data_with_rto_3s (rfc9293)', () => {
    const d = connecting('rfc9293');
    d.fire('retransmit'); // the SYN again at 1 s; RTO backed off to 2 s
    d.arrive(seg(['SYN'], S, C + 1), 1.1);
    expect(d.state).toBe('ESTABLISHED');
    expect(d.ep.rto).toBe(3);
    d.call({ name: 'send', bytes: 5 }, 1.2);
    d.fire('retransmit');
    expect(d.now).toBeCloseTo(4.2, 9);
  });

  it('syn_sent_after_two_syn_timeouts_rto_is_reinitialized_not_kept (rfc9293)', () => {
    const d = connecting('rfc9293');
    d.fire('retransmit');
    d.fire('retransmit'); // RTO now 4 s
    d.arrive(seg(['SYN'], S, C + 1), 3.1);
    expect(d.ep.rto).toBe(3);
  });

  it('syn_received_after_syn_ack_timeout_starts_data_with_rto_3s (rfc9293)', () => {
    const d = listening('rfc9293');
    d.arrive(seg(['SYN'], C), 0);
    d.fire('retransmit');
    d.arrive(seg([], C + 1, S + 1), 1.1);
    expect(d.state).toBe('ESTABLISHED');
    expect(d.ep.rto).toBe(3);
  });

  // Linux takes an RTT sample from the retransmitted SYN (timestamps, RFC 7323 §4): 0.1 s, so
  // RTO = 0.1 + 200 ms = 75 jiffies, and no 3 s fallback.
  it('syn_sent_after_syn_timeout_samples_rtt_from_timestamps (linux)', () => {
    const d = connecting('linux');
    d.fire('retransmit');
    d.arrive(seg(['SYN'], S, C + 1), d.now + 0.1);
    expect(d.ep.rto).toBeCloseTo(0.3, 9);
  });
});
