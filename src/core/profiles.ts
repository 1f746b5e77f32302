// The two behaviours the model can show, as data: the textbook (RFC 9293 + RFC 6298) and what a
// real Linux kernel did in the captures (the oracle README's "What Linux did").
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
  /** TIME_WAIT length for a given MSL (s), as asked of the timer (see timerDelay). */
  readonly timeWait: (msl: number) => number;
  /** How long an orphaned FIN_WAIT_2 (the application closed) waits for the peer's FIN; null = forever. */
  readonly orphanFinWait2: number | null;
  /**
   * When a timer asked to run `seconds` goes off, counted from when it was armed. The textbook's
   * timers are exact; Linux's run on a tick and a timer wheel (see linuxTimerDelay).
   */
  readonly timerDelay: (seconds: number) => number;
  /**
   * Tail loss probe (RFC 8985 §7): the probe timeout for the given SRTT and number of segments
   * outstanding, or null for a profile that waits for the retransmission timeout alone.
   */
  readonly lossProbe: ((srtt: number, outstanding: number) => number) | null;
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
  /** RFC 6298 (5.7): after the retransmission timer expired on a SYN, data starts with this RTO. */
  readonly rtoAfterSynLoss: number | null;
  /** A duplicate SYN in SYN_RECEIVED (passive) makes Linux send its SYN,ACK again. */
  readonly resendSynAckOnDuplicateSyn: boolean;
  /**
   * In a simultaneous open, does the peer's SYN,ACK (its SYN at RCV.NXT − 1, its ACK of our SYN)
   * complete the handshake in SYN_RECEIVED? RFC 9293's acceptability test finds it entirely old
   * (§3.10.7.4: answer with an ACK, wait for the peer's); Linux lets it through
   * (tcp_validate_incoming: a SYN,ACK ending at RCV.NXT that acknowledges SND.NXT).
   */
  readonly synAckCompletesSimultaneousOpen: boolean;
  /** Linux: a connection in TIME_WAIT is no longer the application's socket, so ABORT leaves it be. */
  readonly timeWaitDetached: boolean;
  /** ABORT's reset: Linux sends RST,ACK <SEQ=SND.NXT><ACK=RCV.NXT>; RFC 9293 §3.10.5 <SEQ=SND.NXT><CTL=RST>. */
  readonly resetCarriesAck: boolean;
  /** Largest payload per segment. */
  readonly mss: number;
}

/** RFC 6298 §2 with the 1 s floor (2.4) and a 60 s ceiling (2.5). */
function rfc6298Rto(srtt: number, rttvar: number): number {
  return Math.min(60, Math.max(1, srtt + 4 * rttvar));
}

/** Linux's clock tick on the captured kernel (HZ=250). */
const JIFFY = 0.004;

/** Seconds in whole jiffies, rounded up as the kernel's usecs_to_jiffies rounds. */
function jiffies(seconds: number): number {
  return Math.ceil(seconds / JIFFY - 1e-9);
}

/**
 * Linux measures round trips in microseconds, and none is zero: the peer's kernel takes tens of
 * µs to answer (70 µs for the captured handshakes' ACKs). The model's endpoints answer in no time,
 * so its loopback samples are 0; one µs stands for the kernel's few. It matters because timeouts
 * are rounded up to whole jiffies: 200 ms plus any SRTT is 51 jiffies (204 ms), not 50.
 */
const LINUX_MIN_SRTT = 1e-6;

/** Linux's __tcp_set_rto: SRTT + RTTVAR term, the variance term floored at tcp_rto_min (200 ms), in jiffies. */
function linuxRto(srtt: number, rttvar: number): number {
  return Math.min(120, jiffies(Math.max(srtt, LINUX_MIN_SRTT) + Math.max(4 * rttvar, 0.2)) * JIFFY);
}

/**
 * Linux's tcp_schedule_loss_probe: PTO = 2·SRTT, plus tcp_rto_min (200 ms, RFC 8985's WCDelAckT)
 * when one segment is outstanding (its ACK may be a delayed one), else plus TCP_TIMEOUT_MIN (two
 * jiffies). The engine keeps it from firing later than the RTO.
 */
function linuxLossProbe(srtt: number, outstanding: number): number {
  return (jiffies(2 * Math.max(srtt, LINUX_MIN_SRTT)) + (outstanding === 1 ? jiffies(0.2) : 2)) * JIFFY;
}

/**
 * When a Linux timer armed for `seconds` goes off. The kernel counts the timeout in whole jiffies
 * (n, rounded up) and files it in a timer wheel whose slots widen with the distance: 1 jiffy below
 * 63 jiffies, 8 below 504, 64 below 4032, 512 (2.048 s) below 32256. The timer fires at the end of
 * its slot, never early: 0 to 1 slot after the n jiffies, depending on where the clock stood when
 * it was armed. TIME_WAIT's 60 s (TCP_TIMEWAIT_LEN, 15000 jiffies) falls in 2.048 s slots, so the
 * socket goes 60.0–62.05 s after entering the state (60.63–62.07 s in 17 captures). A model
 * without that clock takes the middle of the range, n + half a slot: 61.02 s for TIME_WAIT, and
 * for a 204 ms RTO 206 ms, whose doublings land 16 ms and then 128 ms late on average.
 */
function linuxTimerDelay(seconds: number): number {
  const n = jiffies(seconds);
  let slot = 1;
  for (let levelStart = 63; n >= levelStart; levelStart *= 8) slot *= 8;
  return (n + slot / 2) * JIFFY;
}

/** TCP_TIMEWAIT_LEN: Linux's TIME_WAIT, fixed at 60 s (no sysctl), what the lessons teach. */
export const LINUX_TIMEWAIT_LEN = 60;
/** net.ipv4.tcp_fin_timeout's default: the orphaned FIN_WAIT_2 limit, not TIME_WAIT's. */
export const LINUX_FIN_TIMEOUT = 60;

export const RFC9293: ProfileRules = {
  name: 'rfc9293',
  finAckDelay: null,
  timeWait: (msl) => 2 * msl,
  orphanFinWait2: null,
  timerDelay: (seconds) => seconds,
  lossProbe: null,
  rto: { initial: 1, max: 60, fromEstimates: rfc6298Rto },
  // RFC 6298 (5.5): double the RTO on every expiry, SYNs included.
  backoff: (_kind, _transmissions, rto) => Math.min(2 * rto, 60),
  // RFC 9293 §3.8.3: R2 at least 3 minutes for a SYN, at least 100 s otherwise.
  giveUp: (kind, _transmissions, elapsed) => elapsed >= (kind === 'data' ? 100 : 180),
  sampleRetransmitted: false,
  rtoAfterSynLoss: 3,
  resendSynAckOnDuplicateSyn: false,
  synAckCompletesSimultaneousOpen: false,
  timeWaitDetached: false,
  resetCarriesAck: false,
  mss: 1460,
};

export const LINUX: ProfileRules = {
  name: 'linux',
  // TCP_ATO_MIN (40 ms) once data has been received; before that the ACK timeout is 0 and the
  // delayed-ACK timer fires on the next tick (~1.5 ms observed).
  finAckDelay: (bytesEverReceived) => (bytesEverReceived > 0 ? 0.04 : 0.0015),
  timeWait: () => LINUX_TIMEWAIT_LEN,
  // tcp_fin_timeout (60 s); the orphan then waits out the same timer wheel as TIME_WAIT.
  orphanFinWait2: LINUX_FIN_TIMEOUT,
  timerDelay: linuxTimerDelay,
  lossProbe: linuxLossProbe,
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
  synAckCompletesSimultaneousOpen: true,
  timeWaitDetached: true,
  resetCarriesAck: true,
  // Loopback's MSS (65535-byte MTU minus headers and the timestamp option).
  mss: 65483,
};

export const PROFILE_RULES: Readonly<Record<Profile, ProfileRules>> = { rfc9293: RFC9293, linux: LINUX };

/** "For this specification the MSL is taken to be 2 minutes" (RFC 9293 §3.4.2). */
export const DEFAULT_MSL = 120;
