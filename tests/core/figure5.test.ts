// The Figure 5 drawing against the engine's transition table, both ways round: every arc drawn is
// one the engine can take (or is marked as not modelled), every rule of the table is drawn once
// (the hypothetical two-way handshake aside), and every arc the library scenarios take, in both
// profiles, is on the drawing. Then its geometry: fixed, orthogonal, arcs ending on their boxes.
import { describe, expect, it } from 'vitest';
import { arcLabel } from '../../src/core/figure5-labels.ts';
import { arcOfRule, figure5Layout, layerOf, stateAnchor, type DiagramArc, type StateBox } from '../../src/core/figure5.ts';
import { SCENARIOS, SCENARIO_IDS } from '../../src/core/scenarios.ts';
import type { Scenario } from '../../src/core/scenario.ts';
import { simulate } from '../../src/core/simulate.ts';
import { TRANSITIONS, type TransitionRule } from '../../src/core/transitions.ts';
import { PROFILES, TCP_STATES, type Profile, type TcpState } from '../../src/core/types.ts';

const layout = figure5Layout();
const boxOf = new Map(layout.boxes.map((b) => [b.id, b]));
const rulesByKey = new Map<string, TransitionRule>(TRANSITIONS.map((r) => [r.rule, r]));

describe('every arc drawn is one the engine takes', () => {
  it.each(layout.arcs.map((a) => [a.id, a] as const))('%s', (_id, arc) => {
    expect(boxOf.get(arc.from)?.state).toBe(arc.fromState);
    expect(boxOf.get(arc.to)?.state).toBe(arc.toState);
    if (!arc.modelled) {
      expect(arc.rules).toEqual([]);
      // If the model learns this arc, draw it as modelled.
      expect(TRANSITIONS.filter((r) => r.from === arc.fromState && r.to === arc.toState)).toEqual([]);
      return;
    }
    expect(arc.rules.length).toBeGreaterThan(0);
    for (const key of arc.rules) {
      const rule = rulesByKey.get(key);
      expect(rule, `${key} is in TRANSITIONS`).toBeDefined();
      expect([rule!.from, rule!.to]).toEqual([arc.fromState, arc.toState]);
      expect(rule!.source).not.toBe('hypothetical');
    }
  });

  it('draws Figure 5’s SEND in LISTEN as its only arc not modelled', () => {
    expect(layout.arcs.filter((a) => !a.modelled).map((a) => [a.fromState, a.toState, a.layer])).toEqual([['LISTEN', 'SYN_SENT', 'figure5']]);
  });
});

describe('every rule of the table is drawn, in one layer, once', () => {
  const real = TRANSITIONS.filter((r) => r.source !== 'hypothetical');
  it.each(real.map((r) => r.rule))('%s', (rule) => {
    expect(layout.arcs.filter((a) => (a.rules as readonly string[]).includes(rule))).toHaveLength(1);
    expect(arcOfRule(rule)).toBeDefined();
  });
  it('leaves the hypothetical two-way handshake out', () => {
    for (const rule of TRANSITIONS.filter((r) => r.source === 'hypothetical')) expect(arcOfRule(rule.rule), rule.rule).toBeUndefined();
  });
});

/** Each library scenario with its defaults and the variants its parameters offer, in a profile. */
function libraryRuns(profile: Profile): { name: string; scenario: Scenario }[] {
  const variants: Record<string, readonly Record<string, unknown>[]> = {
    'http-life': [{ closer: 'client' }, { closer: 'server' }],
    'old-duplicate-after-reconnect': [{ reconnect: 'before-2msl' }, { reconnect: 'after-2msl' }],
    'old-duplicate-syn-three-way': [{ reset: 'delivered' }, { reset: 'lost' }],
    'old-duplicate-syn-two-way': [{ reset: 'delivered' }, { reset: 'lost' }],
  };
  return SCENARIO_IDS.flatMap((id) =>
    (variants[id] ?? [{}]).map((params) => ({
      name: `${id} ${JSON.stringify(params)}`,
      scenario: (SCENARIOS[id].build as (p: Record<string, unknown>) => Scenario)({ profile, ...params }),
    })),
  );
}

describe.each(PROFILES)('every arc the library scenarios take is drawn (%s profile)', (profile) => {
  it.each(libraryRuns(profile).map((r) => [r.name, r.scenario] as const))('%s', (_name, scenario) => {
    const taken = simulate(scenario).steps.flatMap((step) => step.transitions);
    expect(taken.length).toBeGreaterThan(0);
    for (const transition of taken) {
      const rule = rulesByKey.get(transition.reason.key)!;
      if (rule.source === 'hypothetical') continue;
      const arc = arcOfRule(rule.rule);
      expect(arc, `${rule.rule} is drawn`).toBeDefined();
      expect([arc!.fromState, arc!.toState]).toEqual([transition.from, transition.to]);
    }
  });
});

describe('the first layer reads like Figure 5', () => {
  // RFC 9293 Figure 5's arcs, as the figure labels them.
  const figure5: readonly [TcpState, TcpState, string, string][] = [
    ['CLOSED', 'LISTEN', 'passive-open', 'create'],
    ['CLOSED', 'SYN_SENT', 'active-open', 'create SYN'],
    ['LISTEN', 'CLOSED', 'close', 'delete'],
    ['LISTEN', 'SYN_RECEIVED', 'rcv-syn', 'SYN,ACK'],
    ['LISTEN', 'SYN_SENT', 'send', 'SYN'],
    ['SYN_SENT', 'CLOSED', 'close', 'delete'],
    ['SYN_SENT', 'SYN_RECEIVED', 'rcv-syn', 'SYN,ACK'],
    ['SYN_SENT', 'ESTABLISHED', 'rcv-syn-ack', 'ACK'],
    ['SYN_RECEIVED', 'LISTEN', 'rcv-rst', ''],
    ['SYN_RECEIVED', 'ESTABLISHED', 'rcv-ack-of-syn', ''],
    ['SYN_RECEIVED', 'FIN_WAIT_1', 'close', 'FIN'],
    ['ESTABLISHED', 'FIN_WAIT_1', 'close', 'FIN'],
    ['ESTABLISHED', 'CLOSE_WAIT', 'rcv-fin', 'ACK'],
    ['FIN_WAIT_1', 'FIN_WAIT_2', 'rcv-ack-of-fin', ''],
    ['FIN_WAIT_1', 'CLOSING', 'rcv-fin', 'ACK'],
    ['FIN_WAIT_2', 'TIME_WAIT', 'rcv-fin', 'ACK'],
    ['CLOSE_WAIT', 'LAST_ACK', 'close', 'FIN'],
    ['CLOSING', 'TIME_WAIT', 'rcv-ack-of-fin', ''],
    ['LAST_ACK', 'CLOSED', 'rcv-ack-of-fin', ''],
    ['TIME_WAIT', 'CLOSED', 'timeout-2msl', 'delete'],
  ];
  const first = layout.arcs.filter((a) => a.layer === 'figure5');
  it('has exactly Figure 5’s twenty arcs', () => {
    expect(first.map((a) => `${a.fromState}>${a.toState}`).sort()).toEqual(figure5.map(([f, t]) => `${f}>${t}`).sort());
  });
  it.each(figure5)('%s → %s reads "%s / %s"', (from, to, event, action) => {
    const arc = first.find((a) => a.fromState === from && a.toState === to)!;
    const [line, ...more] = arcLabel(arc).lines;
    expect(more).toEqual([]);
    expect(line!.events).toEqual([event]);
    expect([line!.tcb ?? '', line!.send.join(',')].filter(Boolean).join(' ')).toBe(action);
  });
  it('keeps Figure 5’s shape: the opening down the middle, the active close left, the passive close right', () => {
    const cx = (id: string) => boxOf.get(id)!.x + boxOf.get(id)!.w / 2;
    for (const id of ['closed', 'listen', 'established', 'closing', 'time-wait']) expect(cx(id), id).toBe(cx('established'));
    for (const id of ['syn-received', 'fin-wait-1', 'fin-wait-2']) expect(cx(id), id).toBeLessThan(cx('established'));
    for (const id of ['syn-sent', 'close-wait', 'last-ack', 'closed-end']) expect(cx(id), id).toBeGreaterThan(cx('established'));
  });
});

describe('the layout', () => {
  it('is the same value every time, and survives a JSON round trip unchanged', () => {
    expect(figure5Layout()).toBe(layout);
    expect(JSON.parse(JSON.stringify(figure5Layout()))).toEqual(layout);
  });

  it('gives every state a box whose id is its anchor, and unique ids', () => {
    for (const state of TCP_STATES) expect(boxOf.get(stateAnchor(state))?.state, state).toBe(state);
    expect(new Set(layout.boxes.map((b) => b.id)).size).toBe(layout.boxes.length);
    expect(new Set(layout.arcs.map((a) => a.id)).size).toBe(layout.arcs.length);
  });

  it('keeps boxes on the canvas and apart', () => {
    const overlap = (a: StateBox, b: StateBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    for (const box of layout.boxes) {
      expect(box.x >= 0 && box.y >= 0 && box.x + box.w <= layout.width && box.y + box.h <= layout.height, box.id).toBe(true);
      for (const other of layout.boxes) if (other !== box) expect(overlap(box, other), `${box.id} / ${other.id}`).toBe(false);
    }
  });

  const onEdge = (box: StateBox, pt: { x: number; y: number }) =>
    ((pt.x === box.x || pt.x === box.x + box.w) && pt.y >= box.y && pt.y <= box.y + box.h) ||
    ((pt.y === box.y || pt.y === box.y + box.h) && pt.x >= box.x && pt.x <= box.x + box.w);

  it.each(layout.arcs.map((a) => [a.id, a] as const))('%s runs straight and square from its box to its box', (_id, arc: DiagramArc) => {
    expect(arc.points.length).toBeGreaterThanOrEqual(2);
    arc.points.slice(1).forEach((pt, i) => {
      const prev = arc.points[i]!;
      expect(pt.x === prev.x || pt.y === prev.y, `segment ${i} is horizontal or vertical`).toBe(true);
    });
    expect(onEdge(boxOf.get(arc.from)!, arc.points[0]!), 'starts on its source box').toBe(true);
    expect(onEdge(boxOf.get(arc.to)!, arc.points.at(-1)!), 'ends on its target box').toBe(true);
  });

  it('draws the second layer over the first: the first layer alone has no exit box', () => {
    expect(layerOf(layout, 'figure5').boxes.every((b) => b.kind === 'state')).toBe(true);
    expect(layerOf(layout, 'more').arcs).toHaveLength(layout.arcs.length);
  });
});
