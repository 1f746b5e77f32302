// RFC 9293 Figure 5 as a fixed drawing: where each state's box sits and where each arc runs, on a
// hand-chosen grid that keeps the figure's shape (the opening down the middle, the active close
// down the left, the passive close down the right). Auto-layout cannot keep that shape once the
// resets and timeouts are added, and readers know the figure by its shape.
//
// Pure data: the build draws it as SVG files, and a stepper may draw a small copy with its current
// states and arc highlighted. Arcs name the rules of TRANSITIONS they stand for, so a test can
// check that the drawing and the engine's table agree both ways.
import type { TcpState } from './types.ts';
import type { TransitionKey } from './transitions.ts';

/** Figure 5's own arcs, or the second layer: resets, aborts, give-ups, timeouts and shortcuts. */
export type DiagramLayer = 'figure5' | 'more';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * A box on the drawing. Most states have one box, whose id is the state's anchor on the states
 * page ('syn-received'); CLOSED has Figure 5's two ('closed' at the top, 'closed-end' at the
 * bottom right) and, in the second layer, a small exit box beside each state that can be reset,
 * aborted or given up ('closed-from-established').
 */
export interface StateBox {
  readonly id: string;
  readonly state: TcpState;
  readonly layer: DiagramLayer;
  /** 'exit' boxes are small copies of CLOSED that keep the second layer's arcs short. */
  readonly kind: 'state' | 'exit';
  /** Top-left corner and size. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Where an arc's label goes: 'stack' puts its lines below (x, y), aligned at x by `anchor`;
 * 'straddle' puts the event above a horizontal arc and the action below it, centred on x, as
 * Figure 5 writes "rcv SYN ------ snd SYN,ACK".
 */
export interface LabelPlace {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly style: 'stack' | 'straddle';
}

export interface DiagramArc {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly fromState: TcpState;
  readonly toState: TcpState;
  readonly layer: DiagramLayer;
  /** The rules of TRANSITIONS this arc stands for; empty when the model does not take it. */
  readonly rules: readonly TransitionKey[];
  /** False for Figure 5's LISTEN → SYN-SENT on SEND, which the model does not take. */
  readonly modelled: boolean;
  /** An orthogonal polyline from the source box's edge to the target box's edge (arrowhead at the end). */
  readonly points: readonly Point[];
  readonly label: LabelPlace;
}

export interface Figure5Layout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly StateBox[];
  readonly arcs: readonly DiagramArc[];
  /** The part of the canvas the first layer alone needs (its figure is cropped to it). */
  readonly figure5View: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

/** The lowercase hyphenated RFC name: 'SYN_RECEIVED' → 'syn-received', the states page's anchor. */
export function stateAnchor(state: TcpState): string {
  return state.toLowerCase().replace(/_/g, '-');
}

// ---------------------------------------------------------------------------
// The grid

const BOX_W = 130;
const BOX_H = 40;
const SYN_H = 90; // SYN-RECEIVED and SYN-SENT are tall, as in Figure 5: four arcs meet each.
const EXIT_W = 74;
const EXIT_H = 24;
/** Room on each side for the second layer's exit boxes and their labels. */
const MARGIN = 230;
const L = MARGIN + BOX_W / 2; // left column: the active close
const C = L + 250; // middle: the opening and the crossing close
const R = C + 250; // right column: the passive close
const WIDTH = R + BOX_W / 2 + MARGIN;
const ROW = [50, 180, 320, 470, 600, 730, 860] as const;
const HEIGHT = 950;

function centred(id: string, state: TcpState, cx: number, cy: number, h = BOX_H): StateBox {
  return { id, state, layer: 'figure5', kind: 'state', x: cx - BOX_W / 2, y: cy - h / 2, w: BOX_W, h };
}
function exitBox(from: TcpState, cx: number, cy: number): StateBox {
  return { id: `closed-from-${stateAnchor(from)}`, state: 'CLOSED', layer: 'more', kind: 'exit', x: cx - EXIT_W / 2, y: cy - EXIT_H / 2, w: EXIT_W, h: EXIT_H };
}

const LEFT_EXIT = MARGIN / 2; // centre x of the exit boxes left of the left column
const RIGHT_EXIT = WIDTH - MARGIN / 2;

const BOXES: readonly StateBox[] = [
  centred('closed', 'CLOSED', C, ROW[0]),
  centred('listen', 'LISTEN', C, ROW[1]),
  centred('syn-received', 'SYN_RECEIVED', L, ROW[2], SYN_H),
  centred('syn-sent', 'SYN_SENT', R, ROW[2], SYN_H),
  centred('established', 'ESTABLISHED', C, ROW[3]),
  centred('fin-wait-1', 'FIN_WAIT_1', L, ROW[4]),
  centred('close-wait', 'CLOSE_WAIT', R, ROW[4]),
  centred('fin-wait-2', 'FIN_WAIT_2', L, ROW[5]),
  centred('closing', 'CLOSING', C, ROW[5]),
  centred('last-ack', 'LAST_ACK', R, ROW[5]),
  centred('time-wait', 'TIME_WAIT', C, ROW[6]),
  centred('closed-end', 'CLOSED', R, ROW[6]),
  // Second layer: where resets, aborts and give-ups leave to.
  exitBox('LISTEN', C + 120, ROW[1]),
  exitBox('SYN_RECEIVED', LEFT_EXIT, ROW[2] + 15),
  exitBox('SYN_SENT', RIGHT_EXIT, ROW[2] + 15),
  exitBox('ESTABLISHED', RIGHT_EXIT, ROW[3] + 12),
  exitBox('FIN_WAIT_1', LEFT_EXIT, ROW[4]),
  exitBox('CLOSE_WAIT', RIGHT_EXIT, ROW[4]),
  exitBox('FIN_WAIT_2', LEFT_EXIT, ROW[5]),
  exitBox('CLOSING', C + 120, ROW[5]),
  exitBox('LAST_ACK', RIGHT_EXIT, ROW[5]),
  exitBox('TIME_WAIT', C, ROW[6] + 52),
];

const p = (x: number, y: number): Point => ({ x, y });
const top = (row: number, h = BOX_H) => ROW[row] - h / 2;
const bottom = (row: number, h = BOX_H) => ROW[row] + h / 2;
const HALF = BOX_W / 2;

type ArcSpec = Omit<DiagramArc, 'fromState' | 'toState' | 'modelled'> & { readonly modelled?: boolean };

function stack(x: number, y: number, anchor: LabelPlace['anchor']): LabelPlace {
  return { x, y, anchor, style: 'stack' };
}
function straddle(x: number, y: number): LabelPlace {
  return { x, y, anchor: 'middle', style: 'straddle' };
}

const ARC_SPECS: readonly ArcSpec[] = [
  // --- Figure 5: opening -----------------------------------------------------------------
  { id: 'closed-listen', from: 'closed', to: 'listen', layer: 'figure5', rules: ['closed.call_listen'],
    points: [p(C - 25, bottom(0)), p(C - 25, top(1))], label: stack(C - 35, 92, 'end') },
  { id: 'listen-closed', from: 'listen', to: 'closed', layer: 'figure5', rules: ['listen.call_close'],
    points: [p(C + 20, top(1)), p(C + 20, bottom(0))], label: stack(C + 30, 92, 'start') },
  { id: 'closed-syn-sent', from: 'closed', to: 'syn-sent', layer: 'figure5', rules: ['closed.call_connect'],
    points: [p(C + HALF, ROW[0] - 10), p(R + 45, ROW[0] - 10), p(R + 45, top(2, SYN_H))], label: stack(R + 55, 70, 'start') },
  { id: 'syn-sent-closed', from: 'syn-sent', to: 'closed', layer: 'figure5', rules: ['syn_sent.call_close'],
    points: [p(R - 35, top(2, SYN_H)), p(R - 35, ROW[0] + 10), p(C + HALF, ROW[0] + 10)], label: stack(R - 25, 150, 'start') },
  { id: 'listen-syn-received', from: 'listen', to: 'syn-received', layer: 'figure5', rules: ['listen.rcv_syn'],
    points: [p(C - 40, bottom(1)), p(C - 40, ROW[2] - 30), p(L + HALF, ROW[2] - 30)], label: straddle(C - 115, ROW[2] - 30) },
  { id: 'listen-syn-sent', from: 'listen', to: 'syn-sent', layer: 'figure5', rules: [], modelled: false,
    points: [p(C + 40, bottom(1)), p(C + 40, ROW[2] - 30), p(R - HALF, ROW[2] - 30)], label: straddle(C + 125, ROW[2] - 30) },
  { id: 'syn-sent-syn-received', from: 'syn-sent', to: 'syn-received', layer: 'figure5', rules: ['syn_sent.rcv_syn'],
    points: [p(R - HALF, ROW[2] + 15), p(L + HALF, ROW[2] + 15)], label: straddle(C, ROW[2] + 15) },
  { id: 'syn-received-listen', from: 'syn-received', to: 'listen', layer: 'figure5', rules: ['syn_received.rcv_rst_passive'],
    points: [p(L + 10, top(2, SYN_H)), p(L + 10, ROW[1] + 10), p(C - HALF, ROW[1] + 10)], label: stack(L + 22, ROW[1] + 28, 'start') },
  { id: 'syn-sent-established', from: 'syn-sent', to: 'established', layer: 'figure5', rules: ['syn_sent.rcv_syn_ack'],
    points: [p(R - 30, bottom(2, SYN_H)), p(R - 30, ROW[3] - 8), p(C + HALF, ROW[3] - 8)], label: stack(R - 40, 392, 'end') },
  { id: 'syn-received-established', from: 'syn-received', to: 'established', layer: 'figure5', rules: ['syn_received.rcv_ack'],
    points: [p(L + 20, bottom(2, SYN_H)), p(L + 20, ROW[3] - 8), p(C - HALF, ROW[3] - 8)], label: stack(L + 55, 380, 'start') },
  { id: 'syn-received-fin-wait-1', from: 'syn-received', to: 'fin-wait-1', layer: 'figure5', rules: ['syn_received.call_close'],
    points: [p(L - 30, bottom(2, SYN_H)), p(L - 30, top(4))], label: stack(L - 20, 505, 'start') },
  // --- Figure 5: closing -----------------------------------------------------------------
  { id: 'established-fin-wait-1', from: 'established', to: 'fin-wait-1', layer: 'figure5', rules: ['established.call_close', 'established.call_shutdown'],
    points: [p(C - 40, bottom(3)), p(C - 40, ROW[4] - 8), p(L + HALF, ROW[4] - 8)], label: stack(C - 50, 542, 'end') },
  { id: 'established-close-wait', from: 'established', to: 'close-wait', layer: 'figure5', rules: ['established.rcv_fin'],
    points: [p(C + 40, bottom(3)), p(C + 40, ROW[4]), p(R - HALF, ROW[4])], label: stack(C + 50, 525, 'start') },
  { id: 'fin-wait-1-fin-wait-2', from: 'fin-wait-1', to: 'fin-wait-2', layer: 'figure5', rules: ['fin_wait_1.rcv_ack_of_fin'],
    points: [p(L - 20, bottom(4)), p(L - 20, top(5))], label: stack(L - 30, 650, 'end') },
  { id: 'fin-wait-1-closing', from: 'fin-wait-1', to: 'closing', layer: 'figure5', rules: ['fin_wait_1.rcv_fin'],
    points: [p(L + HALF, ROW[4] + 10), p(C - 30, ROW[4] + 10), p(C - 30, top(5))], label: stack(C - 20, 640, 'start') },
  { id: 'fin-wait-2-time-wait', from: 'fin-wait-2', to: 'time-wait', layer: 'figure5', rules: ['fin_wait_2.rcv_fin'],
    points: [p(L - 20, bottom(5)), p(L - 20, ROW[6]), p(C - HALF, ROW[6])], label: straddle((L - 20 + C - HALF) / 2 - 20, ROW[6]) },
  { id: 'close-wait-last-ack', from: 'close-wait', to: 'last-ack', layer: 'figure5', rules: ['close_wait.call_close', 'close_wait.call_shutdown'],
    points: [p(R, bottom(4)), p(R, top(5))], label: stack(R - 10, 645, 'end') },
  { id: 'closing-time-wait', from: 'closing', to: 'time-wait', layer: 'figure5', rules: ['closing.rcv_ack_of_fin'],
    points: [p(C, bottom(5)), p(C, top(6))], label: stack(C + 10, 775, 'start') },
  { id: 'last-ack-closed-end', from: 'last-ack', to: 'closed-end', layer: 'figure5', rules: ['last_ack.rcv_ack_of_fin'],
    points: [p(R, bottom(5)), p(R, top(6))], label: stack(R - 10, 775, 'end') },
  { id: 'time-wait-closed-end', from: 'time-wait', to: 'closed-end', layer: 'figure5', rules: ['time_wait.timeout'],
    points: [p(C + HALF, ROW[6]), p(R - HALF, ROW[6])], label: straddle((C + R) / 2, ROW[6]) },

  // --- Second layer: shortcuts the text allows and Linux takes ----------------------------
  { id: 'syn-received-listen-more', from: 'syn-received', to: 'listen', layer: 'more', rules: ['syn_received.rcv_syn_passive', 'syn_received.give_up_passive'],
    points: [p(L - 25, top(2, SYN_H)), p(L - 25, ROW[1] - 10), p(C - HALF, ROW[1] - 10)], label: stack(L - 35, 205, 'end') },
  { id: 'syn-received-established-more', from: 'syn-received', to: 'established', layer: 'more', rules: ['syn_received.rcv_syn_ack'],
    points: [p(L + 45, bottom(2, SYN_H)), p(L + 45, ROW[3] + 10), p(C - HALF, ROW[3] + 10)], label: stack(L + 55, ROW[3] + 28, 'start') },
  { id: 'fin-wait-1-time-wait', from: 'fin-wait-1', to: 'time-wait', layer: 'more', rules: ['fin_wait_1.rcv_fin_ack_of_fin'],
    points: [p(L + 40, bottom(4)), p(L + 40, ROW[4] + 50), p(C - 100, ROW[4] + 50), p(C - 100, ROW[6] - 12), p(C - HALF, ROW[6] - 12)],
    label: stack(C - 110, 785, 'end') },
  // --- Second layer: resets, aborts, give-ups and timeouts, each to a CLOSED beside its state ---
  exitArc('LISTEN', ['listen.call_abort'], [p(C + HALF, ROW[1]), p(C + 120 - EXIT_W / 2, ROW[1])], stack(C + 85, ROW[1] + 30, 'start')),
  exitArc('SYN_RECEIVED', ['syn_received.rcv_rst_active', 'syn_received.call_abort', 'syn_received.give_up_active'],
    [p(L - HALF, ROW[2] + 15), p(LEFT_EXIT + EXIT_W / 2, ROW[2] + 15)], stack(12, ROW[2] + 45, 'start')),
  exitArc('SYN_SENT', ['syn_sent.rcv_rst', 'syn_sent.call_abort', 'syn_sent.give_up'],
    [p(R + HALF, ROW[2] + 15), p(RIGHT_EXIT - EXIT_W / 2, ROW[2] + 15)], stack(R + HALF + 15, ROW[2] + 45, 'start')),
  exitArc('ESTABLISHED', ['established.call_close_unread', 'established.rcv_rst', 'established.call_abort', 'established.give_up'],
    [p(C + HALF, ROW[3] + 12), p(RIGHT_EXIT - EXIT_W / 2, ROW[3] + 12)], stack(R + HALF + 15, ROW[3] + 42, 'start')),
  exitArc('FIN_WAIT_1', ['fin_wait_1.call_close_unread', 'fin_wait_1.rcv_data_after_close', 'fin_wait_1.rcv_rst', 'fin_wait_1.call_abort', 'fin_wait_1.give_up'],
    [p(L - HALF, ROW[4]), p(LEFT_EXIT + EXIT_W / 2, ROW[4])], stack(12, ROW[4] - 92, 'start')),
  exitArc('CLOSE_WAIT', ['close_wait.call_close_unread', 'close_wait.rcv_rst', 'close_wait.call_abort', 'close_wait.give_up'],
    [p(R + HALF, ROW[4]), p(RIGHT_EXIT - EXIT_W / 2, ROW[4])], stack(R + HALF + 15, ROW[4] + 30, 'start')),
  exitArc('FIN_WAIT_2', ['fin_wait_2.orphan_timeout', 'fin_wait_2.call_close_unread', 'fin_wait_2.rcv_data_after_close', 'fin_wait_2.rcv_rst', 'fin_wait_2.call_abort'],
    [p(L - HALF, ROW[5]), p(LEFT_EXIT + EXIT_W / 2, ROW[5])], stack(12, ROW[5] + 30, 'start')),
  exitArc('CLOSING', ['closing.rcv_rst', 'closing.call_abort', 'closing.give_up'],
    [p(C + HALF, ROW[5]), p(C + 120 - EXIT_W / 2, ROW[5])], stack(C + HALF + 8, ROW[5] - 50, 'start')),
  exitArc('LAST_ACK', ['last_ack.rcv_rst', 'last_ack.call_abort', 'last_ack.give_up'],
    [p(R + HALF, ROW[5]), p(RIGHT_EXIT - EXIT_W / 2, ROW[5])], stack(R + HALF + 15, ROW[5] + 30, 'start')),
  exitArc('TIME_WAIT', ['time_wait.rcv_rst', 'time_wait.call_abort'],
    [p(C, bottom(6)), p(C, ROW[6] + 52 - EXIT_H / 2)], stack(C + EXIT_W / 2 + 10, ROW[6] + 40, 'start')),
];

function exitArc(from: TcpState, rules: readonly TransitionKey[], points: readonly Point[], label: LabelPlace): ArcSpec {
  const anchor = stateAnchor(from);
  return { id: `${anchor}-closed-more`, from: anchor, to: `closed-from-${anchor}`, layer: 'more', rules, points, label };
}

const boxById = new Map(BOXES.map((b) => [b.id, b]));
function boxState(id: string): TcpState {
  const box = boxById.get(id);
  if (!box) throw new Error(`internal: figure 5 arc names a box "${id}" that is not drawn`);
  return box.state;
}

const ARCS: readonly DiagramArc[] = ARC_SPECS.map((spec) => ({
  ...spec,
  fromState: boxState(spec.from),
  toState: boxState(spec.to),
  modelled: spec.modelled ?? true,
}));

const LAYOUT: Figure5Layout = {
  width: WIDTH,
  height: HEIGHT,
  boxes: BOXES,
  arcs: ARCS,
  figure5View: { x: MARGIN - 70, y: 0, w: WIDTH - 2 * MARGIN + 190, h: ROW[6] + BOX_H / 2 + 25 },
};

/** The whole drawing: the same value on every call (it is fixed, not computed from input). */
export function figure5Layout(): Figure5Layout {
  return LAYOUT;
}

/** The boxes and arcs of one layer, or of both (`'more'` draws on top of Figure 5). */
export function layerOf(layout: Figure5Layout, layer: DiagramLayer): { boxes: readonly StateBox[]; arcs: readonly DiagramArc[] } {
  const keep = (l: DiagramLayer) => layer === 'more' || l === 'figure5';
  return { boxes: layout.boxes.filter((b) => keep(b.layer)), arcs: layout.arcs.filter((a) => keep(a.layer)) };
}

/** An arc's polyline as SVG path data: `M x y L x y …`. */
export function pathData(points: readonly Point[]): string {
  return points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${pt.x} ${pt.y}`).join(' ');
}

/** The drawn arc a rule of TRANSITIONS stands on, if any (a stepper highlights it). */
export function arcOfRule(rule: string): DiagramArc | undefined {
  return ARCS.find((a) => (a.rules as readonly string[]).includes(rule));
}
