// The scenario library: the stories the lessons tell, as named, parameterised scenarios.
//
// Each builder takes partial parameters (ISNs, profile, link delay, MSL, ...) and returns a plain
// Scenario value; SCENARIOS maps a stable id to the builder and its defaults, so lessons, islands
// and quizzes pick a story by id. Times are chosen relative to the link delay `d`, so every story
// keeps its shape whatever delay a caller asks for: a segment sent at t arrives at t + d.
import { isUint32 } from './seq.ts';
import type { Scenario, ScenarioEvent } from './scenario.ts';
import type { Profile } from './types.ts';

export interface BaseParams {
  readonly profile: Profile;
  /** Initial send sequence numbers (uint32). */
  readonly clientIsn: number;
  readonly serverIsn: number;
  /** One-way link delay (s), both directions. */
  readonly delay: number;
  /** Maximum segment lifetime (s) of the rfc9293 profile: TIME_WAIT lasts 2 × msl. */
  readonly msl: number;
}

/**
 * RFC 9293's own example numbers (its figures use ISNs 100 and 300), a delay long enough that
 * segments visibly cross, and RFC 9293's suggested MSL of 2 minutes.
 */
export const BASE_DEFAULTS: BaseParams = {
  profile: 'rfc9293',
  clientIsn: 100,
  serverIsn: 300,
  delay: 0.05,
  msl: 120,
};

/** When the client calls connect in every story that opens a connection. */
const CONNECT_AT = 0.1;

function checked<P extends BaseParams>(params: P, needsDelay = false): P {
  for (const name of ['clientIsn', 'serverIsn'] as const) {
    if (!isUint32(params[name])) throw new RangeError(`${name} must be an integer in 0..4294967295`);
  }
  if (!Number.isFinite(params.delay) || params.delay < 0) throw new RangeError('delay must be a non-negative number');
  if (needsDelay && params.delay === 0) throw new RangeError('delay must be positive: the story needs segments to cross');
  if (!Number.isFinite(params.msl) || params.msl <= 0) throw new RangeError('msl must be a positive number');
  return params;
}

function base(p: BaseParams, events: ScenarioEvent[]): Scenario {
  return {
    profile: p.profile,
    link: { delay: p.delay },
    client: { isn: p.clientIsn },
    server: { isn: p.serverIsn },
    drops: [],
    events,
    msl: p.msl,
  };
}

function call(t: number, who: 'client' | 'server', name: ScenarioEvent['call'], bytes?: number): ScenarioEvent {
  return bytes === undefined ? { t, who, call: name } : { t, who, call: name, bytes };
}

/** The server listens at 0, the client connects: both are ESTABLISHED by `established(d)`. */
function handshake(): ScenarioEvent[] {
  return [call(0, 'server', 'listen'), call(CONNECT_AT, 'client', 'connect')];
}
/** SYN out, SYN,ACK back, ACK out: the server is ESTABLISHED three one-way delays after connect. */
function established(d: number): number {
  return CONNECT_AT + 3 * d;
}
/** Half a second after the handshake: long after every delayed ACK (Linux's is 40 ms). */
function later(d: number): number {
  return established(d) + 0.5;
}

// ---------------------------------------------------------------------------
// Opening

/** SYN, SYN+ACK, ACK; both ESTABLISHED. */
export function normalOpen(params: Partial<BaseParams> = {}): Scenario {
  const p = checked({ ...BASE_DEFAULTS, ...params });
  return base(p, handshake());
}

/** Both sides connect at the same moment; their SYNs cross (RFC 9293 §3.5, Figure 7): 6 segments. */
export function simultaneousOpen(params: Partial<BaseParams> = {}): Scenario {
  const p = checked({ ...BASE_DEFAULTS, ...params }, true);
  return base(p, [call(CONNECT_AT, 'client', 'connect'), call(CONNECT_AT, 'server', 'connect')]);
}

// ---------------------------------------------------------------------------
// Closing

/**
 * The client closes first; the server reads to end of stream and closes half a second later, long
 * after its ACK of the client's FIN went out: the four-segment teardown in both profiles.
 */
export function closeFromClient(params: Partial<BaseParams> = {}): Scenario {
  const p = checked({ ...BASE_DEFAULTS, ...params });
  const d = p.delay;
  const close = later(d);
  return base(p, [
    ...handshake(),
    call(established(d), 'server', 'recv_until_eof'),
    call(close, 'client', 'close'),
    call(close + d + 0.5, 'server', 'close'),
  ]);
}

/** The mirror image: the server closes first and ends in TIME_WAIT. */
export function closeFromServer(params: Partial<BaseParams> = {}): Scenario {
  const p = checked({ ...BASE_DEFAULTS, ...params });
  const d = p.delay;
  const close = later(d);
  return base(p, [
    ...handshake(),
    call(established(d), 'client', 'recv_until_eof'),
    call(close, 'server', 'close'),
    call(close + d + 0.5, 'client', 'close'),
  ]);
}

export const THREE_SEGMENT_DEFAULTS: BaseParams = { ...BASE_DEFAULTS, profile: 'linux' };

/**
 * The three-segment close: the client sends a few bytes and closes; the server's application
 * closes as soon as it reads end of stream. Linux delays the ACK of a FIN (~40 ms) when data came
 * before it, so that ACK rides on the server's own FIN: FIN, FIN+ACK, ACK. The rfc9293 profile
 * ACKs at once, so the same program gives four segments.
 */
export function threeSegmentClose(params: Partial<BaseParams> = {}): Scenario {
  const p = checked({ ...THREE_SEGMENT_DEFAULTS, ...params });
  const d = p.delay;
  const sendAt = established(d) + 0.1;
  return base(p, [
    ...handshake(),
    call(sendAt, 'client', 'send', 5),
    call(later(d), 'client', 'close'),
    call(established(d), 'server', 'recv_until_eof'),
    // No delay of its own: the close runs the moment recv_until_eof returns.
    call(established(d), 'server', 'close'),
  ]);
}

/** Both applications close at the same moment; the FINs cross: CLOSING on both sides, then TIME_WAIT. */
export function simultaneousClose(params: Partial<BaseParams> = {}): Scenario {
  const p = checked({ ...BASE_DEFAULTS, ...params }, true);
  const close = later(p.delay);
  return base(p, [...handshake(), call(close, 'client', 'close'), call(close, 'server', 'close')]);
}

export interface HalfCloseParams extends BaseParams {
  /** How many 1000-byte segments the server sends after the client's FIN. */
  readonly replies: number;
}
export const HALF_CLOSE_DEFAULTS: HalfCloseParams = { ...BASE_DEFAULTS, replies: 3 };

/**
 * Why four: the client sends its request and shuts down writing (SHUT_WR: FIN). The server ACKs
 * the FIN but keeps sending its answer, then closes. The client reads it all in FIN_WAIT_2.
 */
export function halfClose(params: Partial<HalfCloseParams> = {}): Scenario {
  const p = checked({ ...HALF_CLOSE_DEFAULTS, ...params });
  if (!Number.isInteger(p.replies) || p.replies < 1) throw new RangeError('replies must be a positive integer');
  const d = p.delay;
  const requestAt = established(d) + 0.1;
  const eofAtServer = requestAt + d;
  const replies = Array.from({ length: p.replies }, (_, i) => call(eofAtServer + 0.1 * (i + 1), 'server', 'send', 1000));
  return base(p, [
    ...handshake(),
    call(requestAt, 'client', 'send', 20),
    call(requestAt, 'client', 'shutdown'),
    call(requestAt, 'client', 'recv_until_eof'),
    call(requestAt, 'client', 'close'),
    call(established(d), 'server', 'recv_until_eof'),
    ...replies,
    call(eofAtServer + 0.1 * (p.replies + 1), 'server', 'close'),
  ]);
}

// ---------------------------------------------------------------------------
// Why TIME_WAIT, why 2 MSL

/**
 * Why TIME_WAIT: the client's last ACK is lost. The server, still in LAST_ACK, sends its FIN again
 * when its retransmission timer expires; the client, in TIME_WAIT, is still there to ACK it.
 */
export function lostFinalAck(params: Partial<BaseParams> = {}): Scenario {
  const scenario = closeFromClient(params);
  // The client's segments: SYN, ACK, FIN, ACK — the 4th is the final ACK (the core's nth is literal).
  return { ...scenario, drops: [{ from: 'client', nth: 4 }] };
}

export type Reconnect = 'before-2msl' | 'after-2msl';
export interface OldDuplicateParams extends Omit<BaseParams, 'profile'> {
  /**
   * 'before-2msl': the server's TIME_WAIT (2 × msl) ends before an old duplicate of the previous
   * connection has died, and the connection is opened again at once. 'after-2msl': the stack's MSL
   * really bounds the duplicate's life, so it arrives during TIME_WAIT and dies there.
   */
  readonly reconnect: Reconnect;
}
export const OLD_DUPLICATE_DEFAULTS: OldDuplicateParams = {
  clientIsn: BASE_DEFAULTS.clientIsn,
  serverIsn: BASE_DEFAULTS.serverIsn,
  delay: BASE_DEFAULTS.delay,
  msl: 0.25,
  reconnect: 'before-2msl',
};
/** How many bytes the client's request has (one segment). */
const REQUEST = 6;

/**
 * Why 2 MSL (RFC 9293 §3.4.1, §3.6): two incarnations of the same connection (same ports and —
 * the worst case — the client's same ISN). In the first, the client sends a 6-byte request; a copy
 * of that segment strays in the network and is injected back when it finally arrives. The server
 * answers by closing first, so it is the one that waits in TIME_WAIT.
 * - before-2msl: TIME_WAIT (2 × msl) is shorter than the straggler's life. The connection is made
 *   again and the straggler arrives just before the client's new request: its sequence numbers fit
 *   the new connection exactly, the server takes the old bytes as the new request and ACKs them,
 *   the client takes that ACK for its new bytes, and the real ones are discarded as a duplicate.
 * - after-2msl: the same straggler, but the stack's MSL bounds its life (msl = its lifetime): it
 *   arrives in TIME_WAIT, is answered with an ACK and dropped; the new connection is clean.
 * rfc9293 profile only: Linux's TIME_WAIT is a fixed 60 s whatever the MSL.
 */
export function oldDuplicateAfterReconnect(params: Partial<OldDuplicateParams> = {}): Scenario {
  const p = { ...OLD_DUPLICATE_DEFAULTS, ...params };
  checked({ ...p, profile: 'rfc9293' }, true);
  const d = p.delay;

  // First incarnation: the client sends its request; the server reads it and closes; the client
  // reads end of stream and closes; the server enters TIME_WAIT when the client's FIN arrives.
  const requestAt = established(d) + 0.05;
  const timeWaitAt = requestAt + 3 * d;
  const clientFreeAt = requestAt + 4 * d;

  // Second incarnation, timed so the straggler lands while the client's new request is on its
  // way: the server's ACK of the old bytes then reaches a client that has sent new ones.
  const timeline = (msl: number) => {
    const listenAt = Math.max(timeWaitAt + 2 * msl, clientFreeAt) + 0.05;
    const connectAt = listenAt + 0.05;
    const newRequestAt = connectAt + 3 * d + 0.1;
    return { listenAt, connectAt, newRequestAt };
  };
  const strayArrives = timeline(p.msl).newRequestAt + d / 2;
  const msl = p.reconnect === 'before-2msl' ? p.msl : strayArrives - requestAt;
  const second = timeline(msl);

  return {
    profile: 'rfc9293',
    link: { delay: d },
    client: { isn: p.clientIsn },
    server: { isn: p.serverIsn },
    drops: [],
    msl,
    events: [
      ...handshake(),
      call(requestAt, 'client', 'send', REQUEST),
      call(requestAt, 'client', 'recv_until_eof'),
      call(requestAt, 'client', 'close'),
      call(established(d), 'server', 'recv'),
      call(established(d), 'server', 'close'),
      call(second.listenAt, 'server', 'listen'),
      call(second.listenAt, 'server', 'recv'),
      { t: second.connectAt, who: 'client', call: 'connect', isn: p.clientIsn },
      call(second.newRequestAt, 'client', 'send', REQUEST),
    ],
    inject: [
      {
        t: strayArrives,
        to: 'server',
        // A copy of the first incarnation's request: data from ISN+1, acknowledging the server's SYN.
        segment: {
          flags: ['ACK', 'PSH'],
          seq: (p.clientIsn + 1) % 2 ** 32,
          ack: (p.serverIsn + 1) % 2 ** 32,
          len: REQUEST,
        },
      },
    ],
  };
}

// ---------------------------------------------------------------------------
// Why three: an old duplicate SYN

export interface OldSynParams extends BaseParams {
  /** Sequence number of the stray SYN from an earlier incarnation. */
  readonly oldIsn: number;
  /**
   * What becomes of the client's reset of the stray SYN+ACK: 'delivered' (it reaches the server)
   * or 'lost' (the network drops it; a reset is never retransmitted).
   */
  readonly reset: 'delivered' | 'lost';
}
/** RFC 9293 Figure 8's numbers: the old SYN carries 90, the new one 100. */
export const OLD_SYN_DEFAULTS: OldSynParams = { ...BASE_DEFAULTS, oldIsn: 90, reset: 'delivered' };

function oldDuplicateSyn(p: OldSynParams, handshakeKind: 'three-way' | 'two-way'): Scenario {
  if (!isUint32(p.oldIsn)) throw new RangeError('oldIsn must be an integer in 0..4294967295');
  if (p.reset !== 'delivered' && p.reset !== 'lost') throw new RangeError("reset must be 'delivered' or 'lost'");
  const d = p.delay;
  const strayAt = CONNECT_AT;
  // The client application connects only once the stray SYN's consequences have played out.
  const connectAt = strayAt + 2 * d + 0.3;
  return {
    ...base(p, [call(0, 'server', 'listen'), call(connectAt, 'client', 'connect')]),
    // The reset is the client's first transmission.
    drops: p.reset === 'lost' ? [{ from: 'client', nth: 1 }] : [],
    inject: [{ t: strayAt, to: 'server', segment: { flags: ['SYN'], seq: p.oldIsn, ack: null, len: 0 } }],
    handshake: handshakeKind,
  };
}

/**
 * RFC 9293 §3.5 (Figure 8): an old SYN reaches the listening server, which answers SYN+ACK and
 * waits for the third segment. The client never asked: its TCP answers the SYN+ACK with RST, and
 * the server goes back to LISTEN. The client's real connect then succeeds.
 */
export function oldDuplicateSynThreeWay(params: Partial<OldSynParams> = {}): Scenario {
  return oldDuplicateSyn(checked({ ...OLD_SYN_DEFAULTS, ...params }), 'three-way');
}

/**
 * The same stray SYN under a hypothetical two-way handshake: the server trusts it and goes to
 * ESTABLISHED at once, a connection nobody asked for. The client's TCP answers the SYN+ACK with a
 * reset, which sends the server back to LISTEN, and the real connect succeeds. If that reset is
 * lost, the phantom connection stays ESTABLISHED until the real SYN reaches it: an unacceptable
 * SYN in a synchronized state, answered with an ACK the client resets (RFC 9293 Figure 9), and the
 * client's retransmitted SYN then finds the server listening.
 */
export function oldDuplicateSynTwoWay(params: Partial<OldSynParams> = {}): Scenario {
  return oldDuplicateSyn(checked({ ...OLD_SYN_DEFAULTS, ...params }), 'two-way');
}

// ---------------------------------------------------------------------------
// One HTTP/1.1 connection's life

export type HttpCloser = 'client' | 'server';
export interface HttpLifeParams extends BaseParams {
  /**
   * Who closes first, and so who ends in TIME_WAIT: 'client' (the browser drops the idle
   * kept-alive connection) or 'server' (its second response said `Connection: close`).
   */
  readonly closer: HttpCloser;
}
export const HTTP_LIFE_DEFAULTS: HttpLifeParams = { ...BASE_DEFAULTS, closer: 'client' };

/** Bytes of the two requests and two responses (each fits one segment in both profiles). */
export const HTTP_EXCHANGES = [
  { request: 80, response: 400 },
  { request: 80, response: 200 },
] as const;
/** The server's time to produce a response, and the reader's pause before the second request. */
const HTTP_SERVER_WORK = 0.01;
const HTTP_THINK = 1;
/** How long the client keeps the idle connection open before closing it (browsers: far longer). */
const HTTP_IDLE = 2;

/**
 * The handshake; a request and its response, each one data segment with PSH; a second request and
 * response on the same kept-alive connection; then the close, by `closer`. Each side's
 * application blocks in recv until the other's bytes arrive, as an HTTP/1.1 client and server do.
 */
export function httpLife(params: Partial<HttpLifeParams> = {}): Scenario {
  const p = checked({ ...HTTP_LIFE_DEFAULTS, ...params });
  if (p.closer !== 'client' && p.closer !== 'server') throw new RangeError("closer must be 'client' or 'server'");
  const d = p.delay;
  const client: ScenarioEvent[] = [call(CONNECT_AT, 'client', 'connect')];
  const server: ScenarioEvent[] = [call(0, 'server', 'listen'), call(established(d), 'server', 'recv')];
  let requestAt = established(d) + 0.05;
  HTTP_EXCHANGES.forEach(({ request, response }, i) => {
    const answerAt = requestAt + d + HTTP_SERVER_WORK;
    client.push(call(requestAt, 'client', 'send', request), call(requestAt, 'client', 'recv'));
    server.push(call(answerAt, 'server', 'send', response));
    const last = i === HTTP_EXCHANGES.length - 1;
    if (!last) server.push(call(answerAt, 'server', 'recv'));
    else if (p.closer === 'server') server.push(call(answerAt, 'server', 'close'));
    else server.push(call(answerAt, 'server', 'recv_until_eof'), call(answerAt, 'server', 'close'));
    if (last) {
      const answered = answerAt + d;
      if (p.closer === 'client') client.push(call(answered + HTTP_IDLE, 'client', 'close'));
      else client.push(call(answered, 'client', 'recv_until_eof'), call(answered, 'client', 'close'));
    }
    requestAt = answerAt + d + HTTP_THINK;
  });
  return base(p, [...server, ...client]);
}

// ---------------------------------------------------------------------------
// Resets

/** Nobody listens: the SYN is answered with RST+ACK and connect fails with ECONNREFUSED. */
export function rstClosedPort(params: Partial<BaseParams> = {}): Scenario {
  const p = checked({ ...BASE_DEFAULTS, ...params });
  return base(p, [call(CONNECT_AT, 'client', 'connect')]);
}

/**
 * Abortive close (SO_LINGER 0): the client sends a request, then aborts; a reset instead of a FIN,
 * no TIME_WAIT. The server, blocked in recv, gets ECONNRESET.
 */
export function abortiveClose(params: Partial<BaseParams> = {}): Scenario {
  const p = checked({ ...BASE_DEFAULTS, ...params });
  const d = p.delay;
  return base(p, [
    ...handshake(),
    call(established(d) + 0.1, 'client', 'send', 5),
    call(later(d), 'client', 'abort'),
    call(established(d), 'server', 'recv'),
    call(established(d), 'server', 'recv'),
  ]);
}

// ---------------------------------------------------------------------------
// The registry

export interface ScenarioEntry<P> {
  readonly defaults: P;
  readonly build: (params?: Partial<P>) => Scenario;
}

// Marked free of side effects so bundlers drop the registry (and with it every builder) from code
// that imports a few builders by name, such as the quiz island.
/* @__NO_SIDE_EFFECTS__ */
function entry<P>(defaults: P, build: (params?: Partial<P>) => Scenario): ScenarioEntry<P> {
  return { defaults, build };
}

export const SCENARIOS = {
  'normal-open': entry(BASE_DEFAULTS, normalOpen),
  'close-from-client': entry(BASE_DEFAULTS, closeFromClient),
  'close-from-server': entry(BASE_DEFAULTS, closeFromServer),
  'three-segment-close': entry(THREE_SEGMENT_DEFAULTS, threeSegmentClose),
  'simultaneous-open': entry(BASE_DEFAULTS, simultaneousOpen),
  'simultaneous-close': entry(BASE_DEFAULTS, simultaneousClose),
  'old-duplicate-syn-three-way': entry(OLD_SYN_DEFAULTS, oldDuplicateSynThreeWay),
  'old-duplicate-syn-two-way': entry(OLD_SYN_DEFAULTS, oldDuplicateSynTwoWay),
  'lost-final-ack': entry(BASE_DEFAULTS, lostFinalAck),
  'old-duplicate-after-reconnect': entry(OLD_DUPLICATE_DEFAULTS, oldDuplicateAfterReconnect),
  'half-close': entry(HALF_CLOSE_DEFAULTS, halfClose),
  'http-life': entry(HTTP_LIFE_DEFAULTS, httpLife),
  'rst-closed-port': entry(BASE_DEFAULTS, rstClosedPort),
  'abortive-close': entry(BASE_DEFAULTS, abortiveClose),
} as const;

export type ScenarioId = keyof typeof SCENARIOS;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];
