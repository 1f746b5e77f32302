// The two behaviours the model can show, as data: the textbook (RFC 9293 + RFC 6298) and what a
// real Linux kernel did in the captures (/work/shared/oracle/README.md, "What Linux did").
import type { Profile } from './types.ts';

/** Which kind of segment a retransmission timer is guarding. */
export type RetransmitKind = 'syn' | 'syn_ack' | 'data';

export interface ProfileRules {
  readonly name: Profile;
  /**
   * Delay before ACKing a FIN that arrives in ESTABLISHED, or null to ACK at once. Linux enters
   * "ping-pong" (delayed-ACK) mode on a FIN so that the ACK can ride on the application's own FIN.
   */
  readonly finAckDelay: ((bytesEverReceived: number) => number) | null;
  /** TIME_WAIT length for a given MSL (s). */
  readonly timeWait: (msl: number) => number;
  /** How long an orphaned FIN_WAIT_2 (the application closed) waits for the peer's FIN; null = forever. */
  readonly orphanFinWait2: number | null;
  readonly rto: {
    readonly initial: number;
    readonly max: number;
    /** RTO from the smoothed estimates (RFC 6298 §2). */
    readonly fromEstimates: (srtt: number, rttvar: number) => number;
  };
  /** Timeout before the next retransmission, given how many transmissions the segment had so far. */
  readonly backoff: (kind: RetransmitKind, transmissions: number, rto: number) => number;
  /** Give up instead of retransmitting again? (RFC 9293 §3.8.3's R2.) */
  readonly giveUp: (kind: RetransmitKind, transmissions: number, elapsed: number) => boolean;
  /**
   * RTT samples from retransmitted segments? False is Karn's rule (RFC 6298 §3); Linux uses TCP
   * timestamps (RFC 7323 §4), whose echo says which transmission was acknowledged.
   */
  readonly sampleRetransmitted: boolean;
  /** RFC 6298 (5.7): after a retransmitted SYN and no RTT sample, data starts with RTO = 3 s. */
  readonly rtoAfterSynLoss: number | null;
  /** A duplicate SYN in SYN_RECEIVED (passive) makes Linux send its SYN,ACK again. */
  readonly resendSynAckOnDuplicateSyn: boolean;
  /** ABORT's reset: Linux sends RST,ACK <SEQ=SND.NXT><ACK=RCV.NXT>; RFC 9293 §3.10.5 <SEQ=SND.NXT><CTL=RST>. */
  readonly resetCarriesAck: boolean;
  /** Largest payload per segment. */
  readonly mss: number;
}

/** RFC 6298 §2 with the 1 s floor (2.4) and a 60 s ceiling (2.5). */
function rfc6298Rto(srtt: number, rttvar: number): number {
  return Math.min(60, Math.max(1, srtt + 4 * rttvar));
}

/** Linux's __tcp_set_rto: SRTT + RTTVAR term, the variance term floored at tcp_rto_min (200 ms). */
function linuxRto(srtt: number, rttvar: number): number {
  return Math.min(120, srtt + Math.max(4 * rttvar, 0.2));
}

/**
 * Linux keeps TIME_WAIT (and the orphaned-FIN_WAIT_2 timeout, which rides the same mechanism) on a
 * timer wheel. On the captured kernel (HZ=250) a 60 s timer lands in wheel level 3, whose slots are
 * 2.048 s wide, and timers are rounded UP to the next slot boundary: the socket disappears
 * 60.0–62.05 s after entering the state, depending on where the clock stood. A model without that
 * clock needs one constant. Each capture bounds it: the exit must fall in the tolerance window
 * between the last TIME_WAIT sighting and the first CLOSED one, and before the capture's `until`
 * (the state at `until` must be CLOSED). Over all captures those bounds intersect in
 * [60.659, 60.766] s (b2 gives the floor, a_normal's `until` the ceiling). Any lateness between
 * 0.04 and 0.75 s covers the widest share of the wheel's possible phases (about 65 %), so we take
 * 0.7 s: inside both ranges.
 */
const LINUX_WHEEL_LATENESS = 0.7;
/** TCP_TIMEWAIT_LEN: Linux's TIME_WAIT, fixed at 60 s (no sysctl), what the lessons teach. */
export const LINUX_TIMEWAIT_LEN = 60;
/** net.ipv4.tcp_fin_timeout's default: the orphaned FIN_WAIT_2 limit, not TIME_WAIT's. */
export const LINUX_FIN_TIMEOUT = 60;

export const RFC9293: ProfileRules = {
  name: 'rfc9293',
  finAckDelay: null,
  timeWait: (msl) => 2 * msl,
  orphanFinWait2: null,
  rto: { initial: 1, max: 60, fromEstimates: rfc6298Rto },
  // RFC 6298 (5.5): double the RTO on every expiry, SYNs included.
  backoff: (_kind, _transmissions, rto) => Math.min(2 * rto, 60),
  // RFC 9293 §3.8.3: R2 at least 3 minutes for a SYN, at least 100 s otherwise.
  giveUp: (kind, _transmissions, elapsed) => elapsed >= (kind === 'data' ? 100 : 180),
  sampleRetransmitted: false,
  rtoAfterSynLoss: 3,
  resendSynAckOnDuplicateSyn: false,
  resetCarriesAck: false,
  mss: 1460,
};

export const LINUX: ProfileRules = {
  name: 'linux',
  // TCP_ATO_MIN (40 ms) once data has been received; before that the ACK timeout is 0 and the
  // delayed-ACK timer fires on the next tick (~1.5 ms observed).
  finAckDelay: (bytesEverReceived) => (bytesEverReceived > 0 ? 0.04 : 0.0015),
  timeWait: () => LINUX_TIMEWAIT_LEN + LINUX_WHEEL_LATENESS,
  orphanFinWait2: LINUX_FIN_TIMEOUT + LINUX_WHEEL_LATENESS,
  rto: { initial: 1, max: 120, fromEstimates: linuxRto },
  // SYN: tcp_syn_linear_timeouts keeps the first intervals at 1 s (1,1,1,1,1,2,4,8 s on the
  // captured kernel); SYN,ACK and data double (1,2,4,8,16 s for SYN,ACK).
  backoff: (kind, transmissions, rto) =>
    kind === 'syn' ? (transmissions < 5 ? 1 : 2 ** (transmissions - 5)) : Math.min(2 * rto, 120),
  // tcp_syn_retries = 6, tcp_synack_retries = 5, tcp_retries2 = 15 (retransmissions, not transmissions).
  giveUp: (kind, transmissions) => transmissions - 1 >= (kind === 'syn' ? 6 : kind === 'syn_ack' ? 5 : 15),
  sampleRetransmitted: true,
  rtoAfterSynLoss: null,
  resendSynAckOnDuplicateSyn: true,
  resetCarriesAck: true,
  // Loopback's MSS (65535-byte MTU minus headers and the timestamp option).
  mss: 65483,
};

export const PROFILE_RULES: Readonly<Record<Profile, ProfileRules>> = { rfc9293: RFC9293, linux: LINUX };

/** RFC 9293 §3.4.1 suggests an MSL of 2 minutes. */
export const DEFAULT_MSL = 120;
