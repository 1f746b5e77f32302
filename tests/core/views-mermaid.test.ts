// The state diagram is generated from TRANSITIONS; these tests check that it only draws what the
// model really does: every arc in it is a transition some simulated run takes, and every
// transition a run takes is in the table. The runs are the scenario library in both profiles plus
// targeted scenarios for the arcs no lesson story needs (aborts, resets, give-ups in every state).
import { describe, expect, it } from 'vitest';
import {
  defaultTransitionLabel,
  escapeMermaidText,
  sequenceDiagramOf,
  stateDiagramOf,
} from '../../src/core/mermaid.ts';
import type { Scenario } from '../../src/core/scenario.ts';
import { open, scenario, silence } from './targeted.ts';
import { SCENARIOS, SCENARIO_IDS, closeFromClient, lostFinalAck, normalOpen } from '../../src/core/scenarios.ts';
import { createEndpoint, step } from '../../src/core/endpoint.ts';
import { toOracleTrace } from '../../src/core/oracle.ts';
import { simulate, type Run } from '../../src/core/simulate.ts';
import { TRANSITIONS, type TransitionRule } from '../../src/core/transitions.ts';
import { sendMismatches } from './arc-sends.ts';
import { PROFILES, type Profile, type Side } from '../../src/core/types.ts';

// ---------------------------------------------------------------------------
// Targeted scenarios. Link delay 50 ms: the client is ESTABLISHED at 0.2 s, the server at 0.25 s.

const rst = (to: Side, seq: number, t: number) => ({ t, to, segment: { flags: ['RST' as const], seq, ack: null, len: 0 } });

function targeted(profile: Profile): Record<string, Scenario> {
  return {
    'listen, close': scenario(profile, [[0, 'server', 'listen'], [0.5, 'server', 'close']]),
    'listen, abort': scenario(profile, [[0, 'server', 'listen'], [0.5, 'server', 'abort']]),
    'SYN never answered': scenario(profile, open, { drops: silence('client', 1) }),
    'close in SYN_RECEIVED': scenario(profile, [...open, [0.2, 'server', 'close']], { drops: [{ from: 'client', nth: 2 }] }),
    'abort in SYN_RECEIVED': scenario(profile, [...open, [0.2, 'server', 'abort']]),
    'SYN+ACK never answered': scenario(profile, open, { drops: silence('client', 2) }),
    'new SYN in SYN_RECEIVED': scenario(profile, open, {
      inject: [{ t: 0.17, to: 'server', segment: { flags: ['SYN'], seq: 600, ack: null, len: 0 } }],
    }),
    'reset in SYN_RECEIVED (simultaneous open)': scenario(
      profile,
      [[0.1, 'client', 'connect'], [0.1, 'server', 'connect']],
      { inject: [rst('client', 301, 0.17)] },
    ),
    'SYN+ACK never answered (simultaneous open)': scenario(
      profile,
      [[0.1, 'client', 'connect'], [0.1, 'server', 'connect']],
      { drops: silence('server', 2) },
    ),
    'close with unread data': scenario(profile, [...open, [0.3, 'client', 'send', 5], [0.5, 'server', 'close']]),
    'data never acknowledged': scenario(profile, [...open, [0.3, 'client', 'send', 5]], { drops: silence('client', 3) }),
    'FIN never acknowledged': scenario(profile, [...open, [0.5, 'client', 'close']], { drops: silence('client', 3) }),
    'close in FIN_WAIT_1 with unread data': scenario(profile, [
      ...open,
      [0.5, 'client', 'shutdown'],
      [0.51, 'server', 'send', 5],
      [0.57, 'client', 'close'],
    ]),
    'data after close in FIN_WAIT_1': scenario(profile, [...open, [0.5, 'client', 'close'], [0.51, 'server', 'send', 5]]),
    'reset in FIN_WAIT_1': scenario(profile, [...open, [0.5, 'client', 'close'], [0.51, 'server', 'abort']]),
    'abort in FIN_WAIT_1': scenario(profile, [...open, [0.5, 'client', 'shutdown'], [0.51, 'client', 'abort']]),
    'orphaned FIN_WAIT_2': scenario(profile, [...open, [0.5, 'client', 'close']], { until: 100 }),
    'close in FIN_WAIT_2 with unread data': scenario(profile, [
      ...open,
      [0.5, 'client', 'shutdown'],
      [0.7, 'server', 'send', 5],
      [0.9, 'client', 'close'],
    ]),
    'data after close in FIN_WAIT_2': scenario(profile, [...open, [0.5, 'client', 'close'], [0.7, 'server', 'send', 5]]),
    'reset in FIN_WAIT_2': scenario(profile, [...open, [0.5, 'client', 'close'], [0.7, 'server', 'abort']]),
    'abort in FIN_WAIT_2': scenario(profile, [...open, [0.5, 'client', 'shutdown'], [0.7, 'client', 'abort']]),
    'shutdown in CLOSE_WAIT': scenario(profile, [...open, [0.5, 'client', 'close'], [0.7, 'server', 'shutdown']]),
    'close in CLOSE_WAIT with unread data': scenario(profile, [
      ...open,
      [0.3, 'client', 'send', 5],
      [0.5, 'client', 'close'],
      [0.7, 'server', 'close'],
    ]),
    'reset in CLOSE_WAIT': scenario(profile, [...open, [0.5, 'client', 'shutdown'], [0.7, 'client', 'abort']]),
    'abort in CLOSE_WAIT': scenario(profile, [...open, [0.5, 'client', 'close'], [0.7, 'server', 'abort']]),
    'data in CLOSE_WAIT never acknowledged': scenario(
      profile,
      [...open, [0.5, 'client', 'shutdown'], [0.7, 'server', 'send', 5]],
      { drops: silence('server', 3) },
    ),
    'reset in CLOSING': scenario(profile, [...open, [0.5, 'client', 'close'], [0.5, 'server', 'close']], {
      inject: [rst('client', 302, 0.57)],
    }),
    // A socket the application closed cannot be aborted any more: these sides only shut down.
    'abort in CLOSING': scenario(profile, [
      ...open,
      [0.5, 'client', 'shutdown'],
      [0.5, 'server', 'close'],
      [0.57, 'client', 'abort'],
    ]),
    'FIN in CLOSING never acknowledged': scenario(profile, [...open, [0.5, 'client', 'close'], [0.5, 'server', 'close']], {
      drops: silence('server', 3),
    }),
    'reset in LAST_ACK': scenario(profile, [...open, [0.5, 'client', 'close'], [0.7, 'server', 'close']], {
      inject: [rst('server', 102, 0.72)],
    }),
    'abort in LAST_ACK': scenario(profile, [
      ...open,
      [0.5, 'client', 'close'],
      [0.7, 'server', 'shutdown'],
      [0.72, 'server', 'abort'],
    ]),
    'last FIN never acknowledged': scenario(profile, [...open, [0.5, 'client', 'close'], [0.7, 'server', 'close']], {
      drops: silence('client', 4),
    }),
    'reset in TIME_WAIT': scenario(profile, [...open, [0.5, 'client', 'close'], [0.7, 'server', 'close']], {
      inject: [rst('client', 302, 1)],
    }),
    'abort in TIME_WAIT': scenario(profile, [
      ...open,
      [0.5, 'client', 'shutdown'],
      [0.7, 'server', 'close'],
      [1, 'client', 'abort'],
    ]),
  };
}

// ---------------------------------------------------------------------------

interface Taken {
  readonly from: string;
  readonly to: string;
  readonly rule: string;
  readonly where: string;
}

function taken(run: Run, where: string): Taken[] {
  return run.steps.flatMap((step) =>
    step.transitions.map((tr) => ({ from: tr.from, to: tr.to, rule: tr.reason.key, where })),
  );
}

/**
 * A scenario is one blocking program per side, so `connect` returns before that side's next call
 * and CLOSE or ABORT in SYN_SENT (a second thread, a non-blocking socket) cannot be scripted. The
 * engine's pure step makes those arcs all the same; collect them from it directly.
 */
function takenByStep(): Taken[] {
  return PROFILES.flatMap((profile) =>
    (['close', 'abort'] as const).flatMap((name) => {
      const connecting = step(createEndpoint('client', 100), { kind: 'call', call: { name: 'connect' } }, 0, profile).endpoint;
      const { transitions } = step(connecting, { kind: 'call', call: { name } }, 0.01, profile);
      return transitions.map((tr) => ({ from: tr.from, to: tr.to, rule: tr.reason.key, where: `${name} in SYN_SENT (${profile}, step)` }));
    }),
  );
}

function allRuns(): { where: string; run: Run }[] {
  return PROFILES.flatMap((profile) => [
    ...SCENARIO_IDS.filter((id) => id !== 'old-duplicate-after-reconnect').map((id) => ({
      where: `${id} (${profile})`,
      run: simulate(SCENARIOS[id].build({ profile })),
    })),
    ...Object.entries(targeted(profile)).map(([name, s]) => ({ where: `${name} (${profile})`, run: simulate(s) })),
  ]).concat([{ where: 'old-duplicate-after-reconnect', run: simulate(SCENARIOS['old-duplicate-after-reconnect'].build()) }]);
}

/** `FROM --> TO: label` lines of a generated state diagram. */
function arcsOf(diagram: string): { from: string; to: string; label: string }[] {
  return diagram
    .split('\n')
    .map((line) => /^ {2}(\w+) --> (\w+)(?:: (.*))?$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[1] !== undefined && m[1] !== '[*]')
    .map((m) => ({ from: m[1] ?? '', to: m[2] ?? '', label: m[3] ?? '' }));
}

describe('stateDiagramOf(TRANSITIONS)', () => {
  const runs = allRuns();
  const transitions = [...runs.flatMap(({ run, where }) => taken(run, where)), ...takenByStep()];
  const byRule = new Map<string, TransitionRule>(TRANSITIONS.map((r) => [r.rule, r]));

  it('every run sends what the arcs it takes say they send', () => {
    expect(runs.flatMap(({ run, where }) => sendMismatches(run).map((p) => `${where}: ${p}`))).toEqual([]);
  });

  it('every transition a run takes is an arc of the table', () => {
    const strays = transitions.filter((t) => {
      const rule = byRule.get(t.rule);
      return !rule || rule.from !== t.from || rule.to !== t.to;
    });
    expect(strays).toEqual([]);
    expect(transitions.length).toBeGreaterThan(100);
  });

  it('every arc in the diagram is a transition the model really makes', () => {
    const made = new Set(
      transitions.map((t) => {
        const rule = byRule.get(t.rule) as TransitionRule;
        return `${rule.from} --> ${rule.to}: ${escapeMermaidText(defaultTransitionLabel(rule))}`;
      }),
    );
    const arcs = arcsOf(stateDiagramOf(TRANSITIONS));
    expect(arcs.length).toBeGreaterThan(40);
    const neverMade = arcs.map((a) => `${a.from} --> ${a.to}: ${a.label}`).filter((arc) => !made.has(arc));
    expect(neverMade).toEqual([]);
  });

  it('draws RFC 9293 Figure 5 in protocol notation', () => {
    const diagram = stateDiagramOf(TRANSITIONS);
    expect(diagram.startsWith('stateDiagram-v2\n  [*] --> CLOSED\n')).toBe(true);
    for (const line of [
      'CLOSED --> LISTEN: listen',
      'CLOSED --> SYN_SENT: connect / snd SYN',
      'LISTEN --> SYN_RECEIVED: rcv SYN / snd SYN,ACK',
      'SYN_SENT --> ESTABLISHED: rcv SYN,ACK / snd ACK',
      'SYN_RECEIVED --> ESTABLISHED: rcv ACK',
      'ESTABLISHED --> FIN_WAIT_1: close / snd FIN',
      'ESTABLISHED --> CLOSE_WAIT: rcv FIN / snd ACK',
      'FIN_WAIT_1 --> CLOSING: rcv FIN / snd ACK',
      'TIME_WAIT --> CLOSED: timeout time_wait',
    ]) {
      expect(diagram).toContain(`  ${line}\n`);
    }
    // The lesson-only two-way handshake is not TCP: left out unless asked for.
    expect(diagram).not.toContain('LISTEN --> ESTABLISHED');
    expect(stateDiagramOf(TRANSITIONS, { filter: () => true })).toContain('LISTEN --> ESTABLISHED');
  });

  it('is the same text whatever the order of the table', () => {
    const reversed = [...TRANSITIONS].reverse();
    const rotated = [...TRANSITIONS.slice(17), ...TRANSITIONS.slice(0, 17)];
    // Rules between the same two states keep their table order, so compare as sets of lines too.
    const lines = (d: string) => d.split('\n').sort();
    expect(lines(stateDiagramOf(reversed))).toEqual(lines(stateDiagramOf(TRANSITIONS)));
    expect(lines(stateDiagramOf(rotated))).toEqual(lines(stateDiagramOf(TRANSITIONS)));
    const states = (d: string) => arcsOf(d).map((a) => `${a.from}>${a.to}`);
    expect(states(stateDiagramOf(reversed))).toEqual(states(stateDiagramOf(TRANSITIONS)));
  });

  it('takes its words from the caller', () => {
    const diagram = stateDiagramOf(TRANSITIONS, {
      label: (rule) => `«${rule.rule}»`,
      stateName: (state) => `状态 ${state}`,
      accTitle: 'TCP 状态图',
      accDescr: 'line one\nline two',
    });
    expect(diagram).toContain('  accTitle: TCP 状态图\n  accDescr: line one line two\n');
    expect(diagram).toContain('  state "状态 TIME_WAIT" as TIME_WAIT\n');
    expect(diagram).toContain('  LISTEN --> SYN_RECEIVED: «listen.rcv_syn»\n');
  });
});

describe('sequenceDiagramOf', () => {
  it('draws one arrow per segment, lost ones crossed, states as notes, in causal order', () => {
    const run = simulate(lostFinalAck({ msl: 1 }));
    expect(sequenceDiagramOf(run, { accTitle: 'lost final ACK', accDescr: 'd' })).toBe(
      [
        'sequenceDiagram',
        '  accTitle: lost final ACK',
        '  accDescr: d',
        '  participant client as client',
        '  participant server as server',
        '  Note right of server: LISTEN',
        '  Note left of client: SYN_SENT',
        '  client->>server: SYN seq=100',
        '  Note right of server: SYN_RECEIVED',
        '  server->>client: SYN,ACK seq=300 ack=101',
        '  Note left of client: ESTABLISHED',
        '  client->>server: ACK seq=101 ack=301',
        '  Note right of server: ESTABLISHED',
        '  Note left of client: FIN_WAIT_1',
        '  client->>server: ACK,FIN seq=101 ack=301',
        '  Note right of server: CLOSE_WAIT',
        '  server->>client: ACK seq=301 ack=102',
        '  Note left of client: FIN_WAIT_2',
        '  Note right of server: LAST_ACK',
        '  server->>client: ACK,FIN seq=301 ack=102',
        '  Note left of client: TIME_WAIT',
        '  client-xserver: ACK seq=102 ack=302',
        '  server->>client: ACK,FIN seq=301 ack=102',
        '  client->>server: ACK seq=102 ack=302',
        '  Note right of server: CLOSED',
        '  Note left of client: CLOSED',
        '',
      ].join('\n'),
    );
  });

  it('gives the same picture from the run and from its oracle trace', () => {
    for (const s of [closeFromClient({ profile: 'linux' }), lostFinalAck(), SCENARIOS['rst-closed-port'].build()]) {
      const run = simulate(s);
      expect(sequenceDiagramOf(toOracleTrace(run))).toBe(sequenceDiagramOf(run));
    }
  });

  it('writes numbers absolute, relative to the ISNs, or symbolic', () => {
    const run = simulate(normalOpen({ clientIsn: 4294967295, serverIsn: 5000 }));
    const arrows = (d: string) => d.split('\n').filter((l) => l.includes('>>'));
    expect(arrows(sequenceDiagramOf(run))).toEqual([
      '  client->>server: SYN seq=4294967295',
      '  server->>client: SYN,ACK seq=5000 ack=0',
      '  client->>server: ACK seq=0 ack=5001',
    ]);
    expect(arrows(sequenceDiagramOf(run, { numbers: 'relative' }))).toEqual([
      '  client->>server: SYN seq=0',
      '  server->>client: SYN,ACK seq=0 ack=1',
      '  client->>server: ACK seq=1 ack=1',
    ]);
    expect(arrows(sequenceDiagramOf(run, { numbers: 'symbolic', symbols: { client: 'x', server: 'y' } }))).toEqual([
      '  client->>server: SYN seq=x',
      '  server->>client: SYN,ACK seq=y ack=x+1',
      '  client->>server: ACK seq=x+1 ack=y+1',
    ]);
  });

  it('draws an injected old duplicate dashed, and errors as notes', () => {
    const stray = sequenceDiagramOf(simulate(SCENARIOS['old-duplicate-syn-three-way'].build()), { numbers: 'symbolic' });
    expect(stray).toContain('  client-->>server: SYN seq=J-10\n');
    const refused = sequenceDiagramOf(simulate(SCENARIOS['rst-closed-port'].build()));
    expect(refused).toContain('  server->>client: ACK,RST seq=0 ack=101\n  Note left of client: CLOSED\n  Note left of client: connect: ECONNREFUSED\n');
  });

  it('takes names and labels from the caller, escaped', () => {
    const run = simulate(normalOpen());
    const diagram = sequenceDiagramOf(run, {
      names: { client: '客户端; A', server: '服务器 #2' },
      states: false,
      segmentLabel: (s) => `${s.from === 'client' ? '→' : '←'} ${s.flags.join('+')} 50%`,
    });
    expect(diagram).toContain('  participant client as 客户端#59; A\n  participant server as 服务器 #35;2\n');
    expect(diagram).toContain('  client->>server: → SYN 50#37;\n');
    expect(diagram).not.toContain('Note ');
  });
});
