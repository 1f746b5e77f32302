// CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED: exact segments out and the next state, per profile.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/index.ts';
import { CLIENT_ISN, driver, PROFILES, seg, SERVER_ISN } from './harness.ts';

const C = CLIENT_ISN;
const S = SERVER_ISN;

describe('CLOSED', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      it('closed_call_listen_enters_listen', () => {
        const d = driver(profile, S, {}, 'server');
        d.call('listen', 0);
        expect(d.state).toBe('LISTEN');
        expect(d.sent()).toEqual([]);
        expect(d.last.returns).toEqual([{ call: 'listen' }]);
      });

      it('closed_call_connect_sends_syn', () => {
        const d = driver(profile, C);
        d.call('connect', 0);
        expect(d.state).toBe('SYN_SENT');
        expect(d.sent()).toEqual([{ flags: 'SYN', seq: C, ack: null, len: 0 }]);
        expect(d.last.transitions[0]?.reason).toMatchObject({ key: 'closed.call_connect', section: '3.10.1' });
        expect(d.last.returns).toEqual([]); // connect blocks
      });

      it('closed_receives_syn_answers_rst_ack', () => {
        const d = driver(profile, 0, {}, 'server');
        d.arrive(seg(['SYN'], C), 0);
        expect(d.sent()).toEqual([{ flags: 'ACK+RST', seq: 0, ack: C + 1, len: 0 }]);
        expect(d.state).toBe('CLOSED');
      });

      it('closed_receives_ack_answers_rst_from_ack_field', () => {
        const d = driver(profile, 0, {}, 'server');
        d.arrive(seg(['FIN'], C, 777), 0);
        expect(d.sent()).toEqual([{ flags: 'RST', seq: 777, ack: null, len: 0 }]);
      });

      it('closed_ignores_rst', () => {
        const d = driver(profile, 0, {}, 'server');
        d.arrive(seg(['RST'], C, 777), 0);
        expect(d.sent()).toEqual([]);
      });
    });
  }
});

describe('LISTEN', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      const listening = () => {
        const d = driver(profile, S, {}, 'server');
        d.call('listen', 0);
        return d;
      };

      it('listen_receives_syn', () => {
        const d = listening();
        d.arrive(seg(['SYN'], C), 0.5);
        expect(d.state).toBe('SYN_RECEIVED');
        expect(d.sent()).toEqual([{ flags: 'SYN+ACK', seq: S, ack: C + 1, len: 0 }]);
        expect(d.ep).toMatchObject({ iss: S, irs: C, sndUna: S, sndNxt: S + 1, rcvNxt: C + 1 });
      });

      it('listen_receives_ack_answers_rst', () => {
        const d = listening();
        d.arrive(seg([], C, 4242), 0.5);
        expect(d.sent()).toEqual([{ flags: 'RST', seq: 4242, ack: null, len: 0 }]);
        expect(d.state).toBe('LISTEN');
      });

      it('listen_ignores_rst', () => {
        const d = listening();
        d.arrive(seg(['RST'], C), 0.5);
        expect(d.sent()).toEqual([]);
        expect(d.state).toBe('LISTEN');
      });

      it('listen_receives_syn_in_two_way_handshake_establishes', () => {
        const d = driver(profile, S, { handshake: 'two-way' }, 'server');
        d.call('listen', 0);
        d.arrive(seg(['SYN'], C), 0.5);
        expect(d.state).toBe('ESTABLISHED');
        expect(d.sent()).toEqual([{ flags: 'SYN+ACK', seq: S, ack: C + 1, len: 0 }]);
        expect(d.last.transitions[0]?.reason).toMatchObject({ key: 'listen.rcv_syn_two_way', source: 'hypothetical' });
      });

      // The two-way variant's passive side skips SYN_RECEIVED, so RFC 9293's "return this
      // connection to LISTEN" (§3.10.7.4, §3.5.3) applies to its ESTABLISHED.
      const twoWayEstablished = () => {
        const d = driver(profile, S, { handshake: 'two-way' }, 'server');
        d.call('listen', 0);
        d.arrive(seg(['SYN'], C), 0.5);
        return d;
      };

      it('established_from_two_way_handshake_receives_rst_returns_to_listen', () => {
        const d = twoWayEstablished();
        d.arrive(seg(['RST'], C + 1), 0.6);
        expect(d.sent()).toEqual([]);
        expect(d.state).toBe('LISTEN');
        expect(d.last.transitions.map((t) => [t.from, t.to, t.reason.key, t.reason.source])).toEqual([
          ['ESTABLISHED', 'LISTEN', 'established.rcv_rst_two_way', 'hypothetical'],
        ]);
        expect(d.ep).toMatchObject({ iss: null, irs: null, sndNxt: null, rcvNxt: null, unacked: [] });
        expect(d.ep.timers).toEqual({});
        // Listening again: the next SYN opens a new connection.
        d.arrive(seg(['SYN'], C + 10), 1);
        expect(d.state).toBe('ESTABLISHED');
        expect(d.sent()).toEqual([{ flags: 'SYN+ACK', seq: d.ep.iss, ack: C + 11, len: 0 }]);
      });

      it('established_from_two_way_handshake_receives_syn_answers_ack_then_rst_returns_to_listen', () => {
        // RFC 9293 Figure 9: the phantom connection meets a new SYN and answers with an ACK of
        // what it expects; the peer's reset of that ACK clears it.
        const d = twoWayEstablished();
        d.arrive(seg(['SYN'], C + 10), 0.6);
        expect(d.state).toBe('ESTABLISHED');
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: S + 1, ack: C + 1, len: 0 }]);
        d.arrive(seg(['RST'], C + 1), 0.7);
        expect(d.state).toBe('LISTEN');
      });

      it('established_from_three_way_handshake_receives_rst_enters_closed', () => {
        const d = listening();
        d.arrive(seg(['SYN'], C), 0.5);
        d.arrive(seg([], C + 1, S + 1), 0.6);
        d.arrive(seg(['RST'], C + 1), 0.7);
        expect(d.state).toBe('CLOSED');
        expect(d.last.transitions[0]?.reason.key).toBe('established.rcv_rst');
      });

      it('listen_call_close_enters_closed', () => {
        const d = listening();
        d.call('close', 1);
        expect(d.state).toBe('CLOSED');
        expect(d.sent()).toEqual([]);
      });
    });
  }
});

describe('SYN_SENT', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      const connecting = (isn = C) => {
        const d = driver(profile, isn);
        d.call('connect', 0);
        return d;
      };

      it('syn_sent_receives_syn_ack', () => {
        const d = connecting();
        d.arrive(seg(['SYN'], S, C + 1), 0.1);
        expect(d.state).toBe('ESTABLISHED');
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
        expect(d.last.returns).toEqual([{ call: 'connect' }]);
        expect(d.ep.timers.retransmit).toBeUndefined();
      });

      it('syn_sent_receives_syn_simultaneous_open', () => {
        const d = connecting();
        d.arrive(seg(['SYN'], S), 0.1);
        expect(d.state).toBe('SYN_RECEIVED');
        // §3.10.7.3: <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> — the SYN again, now with an ACK.
        expect(d.sent()).toEqual([{ flags: 'SYN+ACK', seq: C, ack: S + 1, len: 0 }]);
      });

      it('syn_sent_receives_rst_ack_refuses_connect', () => {
        const d = connecting();
        d.arrive(seg(['RST'], 0, C + 1), 0.1);
        expect(d.state).toBe('CLOSED');
        expect(d.last.returns).toEqual([{ call: 'connect', error: 'ECONNREFUSED' }]);
      });

      it('syn_sent_ignores_rst_without_ack', () => {
        const d = connecting();
        d.arrive(seg(['RST'], 0), 0.1);
        expect(d.state).toBe('SYN_SENT');
        expect(d.sent()).toEqual([]);
      });

      it('syn_sent_receives_unacceptable_ack_answers_rst', () => {
        const d = connecting();
        d.arrive(seg(['SYN'], S, C + 99), 0.1);
        expect(d.state).toBe('SYN_SENT');
        expect(d.sent()).toEqual([{ flags: 'RST', seq: C + 99, ack: null, len: 0 }]);
      });

      // Only reachable through step(): in a scenario, connect blocks the program until it returns.
      it('syn_sent_call_close_forgets_the_syn', () => {
        const d = connecting();
        d.call('close', 0.5);
        expect(d.state).toBe('CLOSED');
        expect(d.sent()).toEqual([]);
        expect(d.ep.timers).toEqual({});
      });

      it('syn_sent_call_abort_sends_nothing', () => {
        const d = connecting();
        d.call('abort', 0.5);
        expect(d.state).toBe('CLOSED');
        expect(d.sent()).toEqual([]);
      });

      it('syn_sent_with_isn_4294967295_wraps_to_0', () => {
        const d = connecting(4294967295);
        expect(d.sent()).toEqual([{ flags: 'SYN', seq: 4294967295, ack: null, len: 0 }]);
        expect(d.ep.sndNxt).toBe(0);
        d.arrive(seg(['SYN'], S, 0), 0.1);
        expect(d.state).toBe('ESTABLISHED');
        expect(d.sent()).toEqual([{ flags: 'ACK', seq: 0, ack: S + 1, len: 0 }]);
      });
    });
  }

  it('syn_sent_retransmits_syn_rfc9293_doubling', () => {
    const d = driver('rfc9293', C);
    d.call('connect', 0);
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      d.fire('retransmit');
      times.push(d.now);
      expect(d.sent()).toEqual([{ flags: 'SYN', seq: C, ack: null, len: 0 }]);
    }
    // RFC 6298: initial RTO 1 s, doubled on every expiry.
    expect(times).toEqual([1, 3, 7, 15]);
  });

  it('syn_sent_retransmits_syn_linux_linear_then_doubling', () => {
    const d = driver('linux', C);
    d.call('connect', 0);
    const gaps: number[] = [];
    for (let i = 0; i < 7; i++) {
      const before = d.now;
      d.fire('retransmit');
      gaps.push(Math.round((d.now - before) * 1e6) / 1e6);
    }
    // 1 s five times, then 2 s, 4 s (tcp_syn_linear_timeouts); each fired on the timer wheel
    // half a slot late on average: 250 and 500 jiffies sit in 8-jiffy slots, 1000 in 64-jiffy ones.
    expect(gaps).toEqual([1.016, 1.016, 1.016, 1.016, 1.016, 2.016, 4.128]);
  });

  it('syn_sent_gives_up_linux_after_six_retries', () => {
    const d = driver('linux', C);
    d.call('connect', 0);
    for (let i = 0; i < 6; i++) d.fire('retransmit');
    d.fire('retransmit');
    expect(d.now).toBeCloseTo(5 * 1.016 + 2.016 + 4.128, 9);
    expect(d.state).toBe('CLOSED');
    expect(d.sent()).toEqual([]);
    expect(d.last.returns).toEqual([{ call: 'connect', error: 'ETIMEDOUT' }]);
  });

  it('syn_sent_gives_up_rfc9293_after_three_minutes', () => {
    const d = driver('rfc9293', C);
    d.call('connect', 0);
    while (d.state === 'SYN_SENT') d.fire('retransmit');
    // §3.8.3: R2 for a SYN is at least 3 minutes.
    expect(d.now).toBeGreaterThanOrEqual(180);
    expect(d.last.returns).toEqual([{ call: 'connect', error: 'ETIMEDOUT' }]);
  });
});

describe('SYN_RECEIVED', () => {
  for (const profile of PROFILES) {
    describe(profile, () => {
      const halfOpen = () => {
        const d = driver(profile, S, {}, 'server');
        d.call('listen', 0);
        d.arrive(seg(['SYN'], C), 0);
        return d;
      };

      it('syn_received_receives_ack', () => {
        const d = halfOpen();
        d.arrive(seg([], C + 1, S + 1), 0.1);
        expect(d.state).toBe('ESTABLISHED');
        expect(d.sent()).toEqual([]);
        expect(d.last.transitions[0]?.reason).toMatchObject({ key: 'syn_received.rcv_ack', section: '3.10.7.4' });
      });

      it('syn_received_receives_ack_fin_goes_on_to_close_wait', () => {
        const d = halfOpen();
        d.arrive(seg(['FIN'], C + 1, S + 1), 0.1);
        expect(d.last.transitions.map((t) => t.to)).toEqual(['ESTABLISHED', 'CLOSE_WAIT']);
        expect(d.ep.rcvNxt).toBe(C + 2);
      });

      it('syn_received_receives_rst_returns_to_listen', () => {
        const d = halfOpen();
        d.arrive(seg(['RST'], C + 1), 0.1);
        expect(d.state).toBe('LISTEN');
        expect(d.ep.iss).toBeNull();
      });

      it('syn_received_receives_bad_ack_answers_rst', () => {
        const d = halfOpen();
        d.arrive(seg([], C + 1, S + 77), 0.1);
        expect(d.state).toBe('SYN_RECEIVED');
        expect(d.sent()).toEqual([{ flags: 'RST', seq: S + 77, ack: null, len: 0 }]);
      });

      it('syn_received_retransmits_syn_ack_doubling', () => {
        const d = halfOpen();
        const gaps: number[] = [];
        for (let i = 0; i < 4; i++) {
          const before = d.now;
          d.fire('retransmit');
          gaps.push(Math.round((d.now - before) * 1e6) / 1e6);
          expect(d.sent()).toEqual([{ flags: 'SYN+ACK', seq: S, ack: C + 1, len: 0 }]);
        }
        // 1, 2, 4, 8 s; Linux's timer wheel fires them half a slot late on average.
        expect(gaps).toEqual(profile === 'rfc9293' ? [1, 2, 4, 8] : [1.016, 2.016, 4.128, 8.128]);
      });
    });
  }

  it('syn_received_receives_duplicate_syn_linux_resends_syn_ack', () => {
    const d = driver('linux', S, {}, 'server');
    d.call('listen', 0);
    d.arrive(seg(['SYN'], C), 0);
    d.arrive(seg(['SYN'], C), 1);
    expect(d.sent()).toEqual([{ flags: 'SYN+ACK', seq: S, ack: C + 1, len: 0 }]);
    expect(d.state).toBe('SYN_RECEIVED');
  });

  it('syn_received_receives_duplicate_syn_rfc9293_answers_ack', () => {
    const d = driver('rfc9293', S, {}, 'server');
    d.call('listen', 0);
    d.arrive(seg(['SYN'], C), 0);
    d.arrive(seg(['SYN'], C), 1);
    // An unacceptable segment gets <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    expect(d.sent()).toEqual([{ flags: 'ACK', seq: S + 1, ack: C + 1, len: 0 }]);
  });

  it('syn_received_gives_up_linux_after_five_synack_retries_back_to_listen', () => {
    const d = driver('linux', S, {}, 'server');
    d.call('listen', 0);
    d.arrive(seg(['SYN'], C), 0);
    while (d.state === 'SYN_RECEIVED') d.fire('retransmit');
    expect(d.state).toBe('LISTEN');
    // 1 + 2 + 4 + 8 + 16 + 32 s, each on the timer wheel (32 s sits in 512-jiffy slots).
    expect(d.now).toBeCloseTo(1.016 + 2.016 + 4.128 + 8.128 + 16.128 + 33.024, 9);
  });

  /** An active open that met the peer's SYN: SYN_RECEIVED, our SYN,ACK out (seq C, ack S + 1). */
  const crossed = (profile: Profile) => {
    const d = driver(profile, C);
    d.call('connect', 0);
    d.arrive(seg(['SYN'], S), 0.1);
    return d;
  };

  // §3.10.7.4, first check: the peer's SYN,ACK occupies only S, which is RCV.NXT − 1: not
  // acceptable. "An acknowledgment should be sent in reply", the segment dropped, no state change.
  it('syn_received_receives_old_syn_ack (rfc9293)', () => {
    const d = crossed('rfc9293');
    d.arrive(seg(['SYN'], S, C + 1), 0.2);
    expect(d.state).toBe('SYN_RECEIVED');
    expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
    expect(d.last.reasons.map((r) => r.key)).toEqual(['syn_received.send_ack_old_syn']);
    expect(d.ep.sndUna).toBe(C); // dropped: its ACK field is not looked at
    expect(d.last.returns).toEqual([]);
  });

  // Fifth check: "If SND.UNA < SEG.ACK =< SND.NXT, then enter ESTABLISHED state".
  it('syn_received_receives_ack_of_simultaneous_open (rfc9293)', () => {
    const d = crossed('rfc9293');
    d.arrive(seg(['SYN'], S, C + 1), 0.2);
    d.arrive(seg([], S + 1, C + 1), 0.3);
    expect(d.state).toBe('ESTABLISHED');
    expect(d.sent()).toEqual([]);
    expect(d.last.transitions[0]?.reason).toMatchObject({ key: 'syn_received.rcv_ack', section: '3.10.7.4' });
    expect(d.last.returns).toEqual([{ call: 'connect' }]);
    expect(d.ep.timers.retransmit).toBeUndefined();
  });

  // Linux (tcp_validate_incoming): a SYN,ACK ending at RCV.NXT that acknowledges SND.NXT passes;
  // its ACK completes the handshake and the repeated SYN is acknowledged at once.
  it('syn_received_receives_syn_ack_completes_simultaneous_open (linux)', () => {
    const d = crossed('linux');
    d.arrive(seg(['SYN'], S, C + 1), 0.2);
    expect(d.state).toBe('ESTABLISHED');
    expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
    expect(d.last.transitions[0]?.reason).toMatchObject({ key: 'syn_received.rcv_syn_ack', source: 'linux' });
    expect(d.last.returns).toEqual([{ call: 'connect' }]);
  });

  for (const profile of PROFILES) {
    // Second check: a RST at RCV.NXT in a SYN-RECEIVED reached by an active OPEN: "the connection
    // was refused".
    it(`syn_received_active_receives_rst_refuses_connect (${profile})`, () => {
      const d = crossed(profile);
      d.arrive(seg(['RST'], S + 1), 0.2);
      expect(d.state).toBe('CLOSED');
      expect(d.sent()).toEqual([]);
      expect(d.last.transitions[0]?.reason).toMatchObject({ key: 'syn_received.rcv_rst_active' });
      expect(d.last.returns).toEqual([{ call: 'connect', error: 'ECONNREFUSED' }]);
    });

    // RFC 5961 §3: in the window but not at RCV.NXT, a challenge ACK and nothing else.
    it(`syn_received_receives_rst_off_rcv_nxt_answers_challenge_ack (${profile})`, () => {
      const d = crossed(profile);
      d.arrive(seg(['RST'], S + 10), 0.2);
      expect(d.state).toBe('SYN_RECEIVED');
      expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
    });

    // Fourth check: a new SYN in the window of a passive SYN-RECEIVED: "return this connection to
    // the LISTEN state and return".
    it(`syn_received_passive_receives_syn_in_window_returns_to_listen (${profile})`, () => {
      const d = driver(profile, S, {}, 'server');
      d.call('listen', 0);
      d.arrive(seg(['SYN'], C), 0);
      d.arrive(seg(['SYN'], C + 500), 0.5);
      expect(d.state).toBe('LISTEN');
      expect(d.sent()).toEqual([]);
      expect(d.ep.iss).toBeNull();
      expect(d.ep.timers).toEqual({});
    });

    // …and after an active OPEN, as the synchronized states do: a challenge ACK (RFC 5961 §4).
    it(`syn_received_active_receives_syn_in_window_answers_challenge_ack (${profile})`, () => {
      const d = crossed(profile);
      d.arrive(seg(['SYN'], S + 500), 0.2);
      expect(d.state).toBe('SYN_RECEIVED');
      expect(d.sent()).toEqual([{ flags: 'ACK', seq: C + 1, ack: S + 1, len: 0 }]);
    });
  }
});
