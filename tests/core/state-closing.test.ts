// ESTABLISHED through TIME_WAIT: exact segments out and the next state, per profile.
import { describe, expect, it } from 'vitest';
import { CLIENT_ISN, establishedClient, establishedServer, PROFILES, seg, SERVER_ISN } from './harness.ts';
import type { Driver } from './harness.ts';

const C = CLIENT_ISN;
const S = SERVER_ISN;

/** Client ESTABLISHED, then close at t=1: FIN_WAIT_1 with its FIN (seq C+1) outstanding. */
function finWait1(profile: 'rfc9293' | 'linux'): Driver {
  const d = establishedClient(profile);
  d.call('close', 1);
  return d;
}

function finWait2(profile: 'rfc9293' | 'linux'): Driver {
  const d = finWait1(profile);
  d.arrive(seg([], S + 1, C + 2), 1.1);
  return d;
}

describe('ESTABLISHED', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      it('established_receives_data_acks_at_once', () => {
        const d = establishedClient(profile);
        d.arrive(seg(['PSH'], S + 1, C + 1, 6), 0.5);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 7, len: 0 }]);
        expect(d.ep.app.unread).toBe(6);
      });

      it('established_throttles_acks_to_invalid_segments', () => {
        // RFC 5961 §7: at most one ACK per INVALID_ACK_GAP (0.5 s) answers unacceptable segments
        // and ACKs of unsent data, or two ends that disagree ACK each other forever.
        const d = establishedClient(profile);
        const old = () => seg([], S - 5, C + 1); // before RCV.NXT: unacceptable
        d.arrive(old(), 0.5);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
        d.arrive(old(), 0.6);
        expect(d.sent()).toEqual([]);
        d.arrive(seg([], S + 1, C + 50), 0.7); // acknowledges data never sent
        expect(d.sent()).toEqual([]);
        d.arrive(old(), 1.0);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
        expect(d.state).toBe('ESTABLISHED');
      });

      it('established_call_send_sends_psh_ack', () => {
        const d = establishedClient(profile);
        d.call({ name: 'send', bytes: 5 }, 0.5);
        expect(d.sent()).toEqual([{ flags: 'ACK+PSH', seq: C + 1, ack: S + 1, len: 5 }]);
        expect(d.ep.sndNxt).toBe(C + 6);
      });

      it('established_call_close_sends_fin', () => {
        const d = finWait1(profile);
        expect(d.state).toBe('FIN_WAIT_1');
        expect(d.sent()).toEqual([{ flags: 'ACK+FIN', seq: C + 1, ack: S + 1, len: 0 }]);
      });

      it('established_call_close_with_unread_data_sends_rst', () => {
        const d = establishedClient(profile);
        d.arrive(seg(['PSH'], S + 1, C + 1, 6), 0.5);
        d.call('close', 1);
        expect(d.state).toBe('CLOSED');
        expect(d.sent()).toEqual([
          profile === 'linux'
            ? { flags: 'ACK+RST', seq: C + 1, ack: S + 7, len: 0 }
            : { flags: 'RST', seq: C + 1, ack: null, len: 0 },
        ]);
      });

      it('established_call_abort_sends_rst', () => {
        const d = establishedClient(profile);
        d.call('abort', 1);
        expect(d.state).toBe('CLOSED');
        expect(d.sent()).toHaveLength(1);
        expect(d.sent()[0]).toMatchObject({ seq: C + 1, flags: profile === 'linux' ? 'ACK+RST' : 'RST' });
      });

      it('established_receives_rst_then_recv_fails_econnreset_and_send_epipe', () => {
        const d = establishedServer(profile);
        d.arrive(seg(['RST'], C + 1, S + 1), 0.5);
        expect(d.state).toBe('CLOSED');
        d.call('recv', 0.6);
        expect(d.last.returns).toEqual([{ call: 'recv', error: 'ECONNRESET' }]);
        d.call({ name: 'send', bytes: 1 }, 0.7);
        expect(d.last.returns).toEqual([{ call: 'send', error: 'EPIPE' }]);
      });

      it('established_receives_rst_in_window_but_not_exact_sends_challenge_ack', () => {
        const d = establishedClient(profile);
        d.arrive(seg(['RST'], S + 10), 0.5);
        expect(d.state).toBe('ESTABLISHED');
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
      });

      it('established_receives_old_duplicate_answers_ack', () => {
        const d = establishedClient(profile);
        d.arrive(seg(['PSH'], S - 500, C + 1, 100), 0.5);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
        expect(d.ep.app.unread).toBe(0);
      });

      it('established_receives_syn_sends_challenge_ack', () => {
        const d = establishedClient(profile);
        d.arrive(seg(['SYN'], S + 3), 0.5);
        expect(d.state).toBe('ESTABLISHED');
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
      });

      it('established_receives_out_of_order_then_fills_gap', () => {
        const d = establishedClient(profile);
        d.arrive(seg(['PSH'], S + 6, C + 1, 4), 0.5);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
        d.arrive(seg(['PSH'], S + 1, C + 1, 5), 0.6);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 10, len: 0 }]);
        expect(d.ep.app.unread).toBe(9);
      });

      it('established_receives_ack_of_unsent_data_answers_ack', () => {
        const d = establishedClient(profile);
        d.arrive(seg([], S + 1, C + 50), 0.5);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
      });
    });
  }

  it('established_receives_fin_rfc9293_acks_at_once', () => {
    const d = establishedServer('rfc9293');
    d.arrive(seg(['FIN'], C + 1, S + 1), 0.5);
    expect(d.state).toBe('CLOSE_WAIT');
    expect(d.sent()).toEqual([{ flags: 'ACK', seq: S + 1, ack: C + 2, len: 0 }]);
  });

  it('established_receives_fin_linux_delays_ack_40ms_after_data', () => {
    const d = establishedServer('linux');
    d.arrive(seg(['PSH'], C + 1, S + 1, 5), 0.3);
    d.arrive(seg(['FIN'], C + 6, S + 1), 0.5);
    expect(d.state).toBe('CLOSE_WAIT');
    expect(d.sent()).toEqual([]);
    d.fire('delayed_ack');
    expect(d.now).toBeCloseTo(0.54, 9);
    expect(d.sent()).toEqual([{ flags: 'ACK', seq: S + 1, ack: C + 7, len: 0 }]);
  });

  it('established_receives_fin_linux_without_data_acks_after_1_5ms', () => {
    const d = establishedServer('linux');
    d.arrive(seg(['FIN'], C + 1, S + 1), 0.5);
    d.fire('delayed_ack');
    expect(d.now).toBeCloseTo(0.5015, 9);
  });

  it('established_receives_fin_linux_close_within_delay_gives_three_segment_teardown', () => {
    const d = establishedServer('linux');
    d.arrive(seg(['PSH'], C + 1, S + 1, 5), 0.3);
    d.call('recv', 0.4);
    d.arrive(seg(['FIN'], C + 6, S + 1), 0.5);
    d.call('close', 0.51);
    expect(d.state).toBe('LAST_ACK');
    // The ACK of the peer's FIN rides on our FIN.
    expect(d.sent()).toEqual([{ flags: 'ACK+FIN', seq: S + 1, ack: C + 7, len: 0 }]);
    expect(d.ep.timers.delayed_ack).toBeUndefined();
  });

  // SRTT 0.1 s, RTTVAR 0.05 s: RTO = 0.1 + max(4 × 0.05, 0.2) = 0.3 s (75 jiffies, fired 79
  // jiffies later on average: a 63–503-jiffy timer sits in 8-jiffy slots). The probe timeout,
  // 2 × SRTT + 200 ms = 0.4 s, is later than the RTO, so the probe goes at the RTO's time.
  it('established_retransmits_data_linux_probe_first_then_rto_doubling', () => {
    const d = establishedClient('linux');
    d.call({ name: 'send', bytes: 5 }, 0.5);
    d.fire('retransmit');
    expect(d.now).toBeCloseTo(0.816, 9);
    expect(d.sent()).toEqual([{ flags: 'ACK+PSH', seq: C + 1, ack: S + 1, len: 5 }]);
    expect(d.last.reasons.map((r) => r.key)).toEqual(['established.send_loss_probe']);
    expect(d.ep.rto).toBeCloseTo(0.3, 9); // a probe does not back off
    d.fire('retransmit');
    expect(d.now).toBeCloseTo(0.816 + 0.316, 9);
    expect(d.last.reasons.map((r) => r.key)).toEqual(['established.retransmit']);
    expect(d.ep.rto).toBeCloseTo(0.6, 9);
    d.fire('retransmit');
    expect(d.now).toBeCloseTo(0.816 + 0.316 + 0.616, 9); // 150 jiffies, 154 on average
    expect(d.last.reasons.map((r) => r.key)).toEqual(['established.retransmit']);
  });

  it('established_retransmits_data_rfc9293_rto_only', () => {
    const d = establishedClient('rfc9293');
    d.call({ name: 'send', bytes: 5 }, 0.5);
    // RFC 6298 (2.2), (2.4): SRTT 0.1 + 4 × 0.05 = 0.3 s, rounded up to 1 s.
    d.fire('retransmit');
    expect(d.now).toBeCloseTo(1.5, 9);
    expect(d.sent()).toEqual([{ flags: 'ACK+PSH', seq: C + 1, ack: S + 1, len: 5 }]);
    expect(d.last.reasons.map((r) => r.key)).toEqual(['established.retransmit']);
    d.fire('retransmit');
    expect(d.now).toBeCloseTo(3.5, 9); // (5.5): doubled
  });
});

describe('FIN_WAIT_1', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      it('fin_wait_1_receives_ack_of_fin', () => {
        const d = finWait2(profile);
        expect(d.state).toBe('FIN_WAIT_2');
        expect(d.sent()).toEqual([]);
      });

      it('fin_wait_1_receives_fin_enters_closing', () => {
        const d = finWait1(profile);
        d.arrive(seg(['FIN'], S + 1, C + 1), 1.1);
        expect(d.state).toBe('CLOSING');
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 2, ack: S + 2, len: 0 }]);
      });

      it('fin_wait_1_receives_fin_ack_of_fin_enters_time_wait', () => {
        const d = finWait1(profile);
        d.arrive(seg(['FIN'], S + 1, C + 2), 1.1);
        expect(d.last.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['FIN_WAIT_1>TIME_WAIT']);
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 2, ack: S + 2, len: 0 }]);
      });

      it('fin_wait_1_retransmits_fin', () => {
        const d = finWait1(profile);
        d.fire('retransmit');
        expect(d.sent()).toEqual([{ flags: 'ACK+FIN', seq: C + 1, ack: S + 1, len: 0 }]);
      });
    });
  }
});

describe('FIN_WAIT_2', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      it('fin_wait_2_receives_fin_enters_time_wait', () => {
        const d = finWait2(profile);
        d.arrive(seg(['FIN'], S + 1, C + 2), 2);
        expect(d.state).toBe('TIME_WAIT');
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 2, ack: S + 2, len: 0 }]);
      });

      it('fin_wait_2_after_close_receives_data_answers_rst', () => {
        const d = finWait2(profile);
        d.arrive(seg(['PSH'], S + 1, C + 2, 10), 2);
        expect(d.state).toBe('CLOSED');
        // §3.6.1 with §3.5.2's form: <SEQ=SEG.ACK><CTL=RST>.
        expect(d.sent()).toEqual([{ flags: 'RST', seq: C + 2, ack: null, len: 0 }]);
      });

      it('fin_wait_2_after_shutdown_still_receives_data', () => {
        const d = establishedClient(profile);
        d.call('shutdown', 1);
        d.arrive(seg([], S + 1, C + 2), 1.1);
        d.arrive(seg(['PSH'], S + 1, C + 2, 10), 2);
        expect(d.state).toBe('FIN_WAIT_2');
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 2, ack: S + 11, len: 0 }]);
      });
    });
  }

  it('fin_wait_2_orphan_times_out_linux', () => {
    const d = finWait2('linux');
    // tcp_fin_timeout (60 s) on the timer wheel: 15000 jiffies plus half a 512-jiffy slot.
    expect(d.ep.timers.fin_wait_2).toBeCloseTo(1.1 + 61.024, 9);
    d.fire('fin_wait_2');
    expect(d.state).toBe('CLOSED');
    expect(d.last.transitions[0]?.reason).toMatchObject({ key: 'fin_wait_2.orphan_timeout', source: 'linux' });
  });

  it('fin_wait_2_orphan_waits_forever_rfc9293', () => {
    expect(finWait2('rfc9293').ep.timers).toEqual({});
  });
});

describe('CLOSE_WAIT', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      const closeWait = () => {
        const d = establishedServer(profile);
        d.arrive(seg(['FIN'], C + 1, S + 1), 0.5);
        return d;
      };

      it('close_wait_call_close_sends_fin', () => {
        const d = closeWait();
        d.call('close', 2);
        expect(d.state).toBe('LAST_ACK');
        expect(d.sent()).toEqual([{ flags: 'ACK+FIN', seq: S + 1, ack: C + 2, len: 0 }]);
      });

      it('close_wait_call_send_still_sends', () => {
        const d = closeWait();
        d.call({ name: 'send', bytes: 3 }, 2);
        expect(d.sent()).toEqual([{ flags: 'ACK+PSH', seq: S + 1, ack: C + 2, len: 3 }]);
      });

      it('close_wait_recv_returns_at_eof', () => {
        const d = closeWait();
        d.call('recv_until_eof', 2);
        expect(d.last.returns).toEqual([{ call: 'recv_until_eof' }]);
      });
    });
  }
});

describe('CLOSING', () => {
  for (const profile of PROFILES) {
    it(`closing_receives_ack_of_fin_enters_time_wait (${profile})`, () => {
      const d = finWait1(profile);
      d.arrive(seg(['FIN'], S + 1, C + 1), 1.1);
      d.arrive(seg([], S + 2, C + 2), 1.2);
      expect(d.state).toBe('TIME_WAIT');
      expect(d.sent()).toEqual([]);
    });
  }
});

describe('LAST_ACK', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      const lastAck = () => {
        const d = establishedServer(profile);
        d.arrive(seg(['FIN'], C + 1, S + 1), 0.5);
        d.call('close', 0.5);
        return d;
      };

      it('last_ack_receives_ack_of_fin_enters_closed', () => {
        const d = lastAck();
        d.arrive(seg([], C + 2, S + 2), 0.6);
        expect(d.state).toBe('CLOSED');
        expect(d.sent()).toEqual([]);
      });

      it('last_ack_retransmits_fin', () => {
        const d = lastAck();
        d.fire('retransmit');
        expect(d.sent()).toEqual([{ flags: 'ACK+FIN', seq: S + 1, ack: C + 2, len: 0 }]);
        // Linux: the tail loss probe, capped at the RTO (0.3 s, 79 jiffies on the wheel); RFC 6298: the 1 s RTO.
        expect(d.now).toBeCloseTo(profile === 'linux' ? 0.5 + 0.316 : 0.5 + 1, 9);
        expect(d.last.reasons.map((r) => r.key)).toEqual([profile === 'linux' ? 'last_ack.send_loss_probe' : 'last_ack.retransmit']);
      });
    });
  }
});

describe('TIME_WAIT', () => {
  const timeWait = (profile: 'rfc9293' | 'linux', msl?: number) => {
    const d = establishedClient(profile, msl === undefined ? {} : { msl });
    d.call('close', 1);
    d.arrive(seg(['FIN'], S + 1, C + 2), 1.1);
    return d;
  };

  it('time_wait_lasts_2_msl_rfc9293_default_msl_120', () => {
    const d = timeWait('rfc9293');
    d.fire('time_wait');
    expect(d.now).toBeCloseTo(1.1 + 240, 9);
    expect(d.state).toBe('CLOSED');
  });

  it('time_wait_lasts_2_msl_rfc9293_configurable_msl', () => {
    const d = timeWait('rfc9293', 30);
    d.fire('time_wait');
    expect(d.now).toBeCloseTo(61.1, 9);
  });

  it('time_wait_lasts_60s_plus_wheel_linux', () => {
    const d = timeWait('linux', 30);
    d.fire('time_wait');
    // TCP_TIMEWAIT_LEN whatever the MSL: 15000 jiffies, fired half a 2.048 s slot late on average.
    expect(d.now).toBeCloseTo(1.1 + 61.024, 9);
  });

  for (const profile of PROFILES) {
    it(`time_wait_receives_fin_again_acks_and_restarts_timer (${profile})`, () => {
      const d = timeWait(profile);
      const first = d.ep.timers.time_wait as number;
      d.arrive(seg(['FIN'], S + 1, C + 2), 5);
      expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 2, ack: S + 2, len: 0 }]);
      expect(d.ep.timers.time_wait).toBeCloseTo(first + 5 - 1.1, 9);
      expect(d.state).toBe('TIME_WAIT');
    });

    it(`time_wait_receives_rst_enters_closed (${profile})`, () => {
      const d = timeWait(profile);
      d.arrive(seg(['RST'], S + 2), 5);
      expect(d.state).toBe('CLOSED');
    });
  }
});
