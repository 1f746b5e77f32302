// User calls (RFC 9293 §3.10.1–§3.10.5) and the application's blocking model: connect, recv and
// recv_until_eof block; on a listening server any call but close/abort first waits for the
// connection (an implicit accept, since the server is one TCB).
import {
  armOrphanTimer,
  closeConnection,
  goTo,
  isSynchronized,
  reason,
  sendReset,
  stateKey,
  takeIsn,
  transmit,
} from './tcb.ts';
import type { ReasonKey } from './reasons.ts';
import type { Ctx } from './tcb.ts';
import { ruleFor } from './transitions.ts';
import type { Call, SocketError } from './types.ts';

function done(ctx: Ctx, call: Call, error?: SocketError): void {
  ctx.returns.push(error ? { call: call.name, error } : { call: call.name });
}

/** The pending error, consumed by the call that reports it. */
function takeError(ctx: Ctx): SocketError | null {
  const e = ctx.ep.app.error;
  ctx.ep.app.error = null;
  return e;
}

/** A passive endpoint that has not completed its handshake yet: calls wait for the connection. */
function awaitingAccept(ctx: Ctx): boolean {
  const s = ctx.ep.state;
  return ctx.ep.passive && (s === 'LISTEN' || s === 'SYN_RECEIVED');
}

export function makeCall(ctx: Ctx, call: Call, isn?: number): void {
  const app = ctx.ep.app;
  if (app.closed && call.name !== 'listen' && call.name !== 'connect') {
    // The program already closed this socket; it has nothing left to act on.
    done(ctx, call, 'ENOTCONN');
    return;
  }
  switch (call.name) {
    case 'listen':
      return listen(ctx, call, isn);
    case 'connect':
      return connect(ctx, call, isn);
    case 'close':
      return close(ctx, call);
    case 'abort':
      return abort(ctx, call);
    case 'send':
    case 'shutdown':
    case 'recv':
    case 'recv_until_eof':
      // These may block; step() lets them proceed as far as they can (see resume).
      app.waiting = call;
      return;
  }
}

// §3.10.1 OPEN, passive.
function listen(ctx: Ctx, call: Call, isn?: number): void {
  if (ctx.ep.state !== 'CLOSED') return done(ctx, call, 'EISCONN');
  freshSocket(ctx);
  if (isn !== undefined) takeIsn(ctx, isn);
  ctx.ep.passive = true;
  goTo(ctx, 'LISTEN', 'closed.call_listen');
  done(ctx, call);
}

// §3.10.1 OPEN, active: choose an ISS, send <SEQ=ISS><CTL=SYN>, enter SYN-SENT.
function connect(ctx: Ctx, call: Call, isn?: number): void {
  if (ctx.ep.state !== 'CLOSED') return done(ctx, call, 'EISCONN');
  freshSocket(ctx);
  const ep = ctx.ep;
  const iss = takeIsn(ctx, isn);
  ep.passive = false;
  ep.iss = iss;
  ep.sndUna = iss;
  ep.sndNxt = iss;
  ep.rto = ctx.rules.rto.initial;
  goTo(ctx, 'SYN_SENT', 'closed.call_connect', { iss });
  transmit(ctx, { syn: true, withAck: false }, reason('closed.send_syn', '3.10.1', { iss }));
  ep.app.waiting = call;
}

/** listen/connect after an earlier connection ended start from a new socket. */
function freshSocket(ctx: Ctx): void {
  ctx.ep.app = { unread: 0, eof: false, closed: false, writeShut: false, error: null, connected: false, waiting: null };
  ctx.ep.bytesEverReceived = 0;
}

// §3.10.4 CLOSE.
function close(ctx: Ctx, call: Call): void {
  const ep = ctx.ep;
  const app = ep.app;
  app.closed = true;
  app.writeShut = true;
  app.waiting = null;
  switch (ep.state) {
    case 'LISTEN':
      closeConnection(ctx, 'listen.call_close');
      break;
    case 'SYN_SENT':
      // "Delete the TCB"; the SYN in flight is simply forgotten.
      closeConnection(ctx, 'syn_sent.call_close');
      break;
    case 'SYN_RECEIVED':
      goTo(ctx, 'FIN_WAIT_1', 'syn_received.call_close');
      sendFin(ctx, 'syn_received.send_fin');
      break;
    case 'ESTABLISHED':
    case 'CLOSE_WAIT':
    case 'FIN_WAIT_1':
    case 'FIN_WAIT_2':
      if (app.unread > 0) {
        // §3.6.1: closing with received data still unread loses it; say so with a reset.
        const why = reason(stateKey(ctx, 'send_rst_unread'), '3.6.1', { unread: app.unread });
        sendReset(ctx, why);
        closeConnection(ctx, stateKey(ctx, 'call_close_unread'));
        app.unread = 0;
      } else if (ep.state === 'ESTABLISHED') {
        goTo(ctx, 'FIN_WAIT_1', 'established.call_close');
        sendFin(ctx, 'established.send_fin');
      } else if (ep.state === 'CLOSE_WAIT') {
        goTo(ctx, 'LAST_ACK', 'close_wait.call_close');
        sendFin(ctx, 'close_wait.send_fin');
      } else {
        // After shutdown() the FIN is already out; the socket just becomes an orphan.
        armOrphanTimer(ctx);
      }
      break;
    default:
      // CLOSED, CLOSING, LAST_ACK, TIME_WAIT: the FIN (if any) is already out.
      break;
  }
  done(ctx, call);
}

/** The FIN takes the next number, SND.NXT; its reason carries it (a question about the FIN's seq is explained by it). */
function sendFin(ctx: Ctx, why: ReasonKey): void {
  transmit(ctx, { fin: true, withAck: true }, reason(why, '3.10.4', { seq: ctx.ep.sndNxt ?? 0 }));
}

// §3.10.5 ABORT (SO_LINGER {on, 0}). Which states send a reset is the table's to say: the arc's `send`.
function abort(ctx: Ctx, call: Call): void {
  const ep = ctx.ep;
  ep.app.closed = true;
  ep.app.writeShut = true;
  ep.app.waiting = null;
  const s = ep.state;
  if (s === 'CLOSED' || (s === 'TIME_WAIT' && ctx.rules.timeWaitDetached)) return done(ctx, call);
  const rule = stateKey(ctx, 'call_abort');
  if (ruleFor(rule, s, 'CLOSED').send?.includes('RST')) sendReset(ctx, reason(stateKey(ctx, 'send_rst_abort'), '3.10.5'));
  closeConnection(ctx, rule);
  ep.app.unread = 0;
  done(ctx, call);
}

/**
 * Lets the blocked call (if any) proceed. Runs after every input, so a segment or timer can
 * complete a connect or a recv, or let a waiting server call through once the handshake is done.
 */
export function resume(ctx: Ctx): void {
  const app = ctx.ep.app;
  const call = app.waiting;
  if (!call) return;
  const state = ctx.ep.state;
  if (call.name === 'connect') {
    if (isSynchronized(state)) {
      app.waiting = null;
      app.connected = true;
      return done(ctx, call);
    }
    if (state === 'CLOSED') {
      app.waiting = null;
      return done(ctx, call, takeError(ctx) ?? 'ECONNREFUSED');
    }
    return;
  }
  if (awaitingAccept(ctx)) return;
  if (isSynchronized(state)) app.connected = true;
  switch (call.name) {
    case 'recv':
    case 'recv_until_eof': {
      const error = takeError(ctx);
      if (error) {
        app.waiting = null;
        return done(ctx, call, error);
      }
      const readAll = app.unread;
      app.unread = 0;
      const finished = call.name === 'recv' ? readAll > 0 || app.eof : app.eof;
      if (finished || state === 'CLOSED') {
        app.waiting = null;
        done(ctx, call, !finished && !app.connected ? 'ENOTCONN' : undefined);
      }
      return;
    }
    case 'send':
      app.waiting = null;
      return send(ctx, call.bytes);
    case 'shutdown':
      app.waiting = null;
      return shutdown(ctx);
    default:
      return;
  }
}

// §3.10.2 SEND.
function send(ctx: Ctx, bytes: number): void {
  const ep = ctx.ep;
  const call: Call = { name: 'send', bytes };
  const error = takeError(ctx);
  if (error) return done(ctx, call, error);
  if (ep.app.writeShut) return done(ctx, call, 'EPIPE');
  switch (ep.state) {
    case 'SYN_SENT':
    case 'SYN_RECEIVED':
      // "Queue the data for transmission after entering ESTABLISHED state."
      ep.queuedBytes += bytes;
      return done(ctx, call);
    case 'ESTABLISHED':
    case 'CLOSE_WAIT':
      sendData(ctx, bytes);
      return done(ctx, call);
    default:
      return done(ctx, call, 'EPIPE');
  }
}

/** Data leaves in MSS-sized segments, each with PSH (the sockets API pushes every write). */
export function sendData(ctx: Ctx, bytes: number): void {
  let left = bytes;
  while (left > 0) {
    const len = Math.min(left, ctx.rules.mss);
    const why = reason(stateKey(ctx, 'send_data'), '3.10.2', { bytes: len });
    transmit(ctx, { len, psh: true, withAck: true }, why);
    left -= len;
  }
}

// shutdown(SHUT_WR): the FIN of a CLOSE, without giving up the socket (§3.10.4, §3.6.1).
function shutdown(ctx: Ctx): void {
  const ep = ctx.ep;
  const call: Call = { name: 'shutdown' };
  if (ep.app.writeShut) return done(ctx, call);
  ep.app.writeShut = true;
  if (ep.state === 'ESTABLISHED') {
    goTo(ctx, 'FIN_WAIT_1', 'established.call_shutdown');
    sendFin(ctx, 'established.send_fin');
  } else if (ep.state === 'CLOSE_WAIT') {
    goTo(ctx, 'LAST_ACK', 'close_wait.call_shutdown');
    sendFin(ctx, 'close_wait.send_fin');
  }
  done(ctx, call);
}

/** On reaching ESTABLISHED: data written during the handshake goes out now. */
export function flushQueued(ctx: Ctx): void {
  const bytes = ctx.ep.queuedBytes;
  if (bytes > 0 && ctx.ep.sndNxt !== null) {
    ctx.ep.queuedBytes = 0;
    sendData(ctx, bytes);
  }
}
