// The generated diagrams go through the real mermaid (12.3.0, in Chromium via mermaid-isomorphic,
// as the site's build renders them): they must parse, keep every label's text intact whatever a
// translation puts in it, and carry the accessible title and description the lessons require.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { TRANSITIONS } from '../../src/core/transitions.ts';
import { sequenceDiagramOf, stateDiagramOf, type TraceLike, type TraceSegment } from '../../src/core/mermaid.ts';
import type { Side, TcpState } from '../../src/core/types.ts';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';


const OPENING = TRANSITIONS.filter((r) => ['CLOSED', 'LISTEN', 'SYN_SENT'].includes(r.from) && r.source !== 'hypothetical');

// Everything mermaid's grammar treats specially, plus CJK.
const HOSTILE = '客户端 #1; 50%% "A" -->> end';

interface CapturedCase {
  expect: {
    segments: Record<Side, Omit<TraceSegment, 'from' | 'dropped'>[]>;
    states: Record<Side, { state: TcpState; first_seen: number }[]>;
  };
}

/** A real capture (oracle a_normal) in the trace format: what Linux sent and the states it was seen in. */
function capturedTrace(): TraceLike {
  const path = fileURLToPath(new URL('../fixtures/oracle/linux/a_normal.json', import.meta.url));
  const captured = JSON.parse(readFileSync(path, 'utf8')) as CapturedCase;
  const sides: Side[] = ['client', 'server'];
  return {
    segments: sides
      .flatMap((from) => captured.expect.segments[from].map((s) => ({ ...s, from, dropped: false })))
      .sort((a, b) => a.t - b.t),
    states: {
      client: captured.expect.states.client.map((s) => ({ t: s.first_seen, state: s.state })),
      server: captured.expect.states.server.map((s) => ({ t: s.first_seen, state: s.state })),
    },
    errors: [],
  };
}

/** The text content of an SVG's text nodes, entities decoded. */
function svgTexts(svg: string): string[] {
  const withoutStyle = svg.replace(/<style[\s\S]*?<\/style>/g, '');
  return [...withoutStyle.matchAll(/>([^<>]+)</g)].map((m) =>
    (m[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .trim(),
  );
}

describe('mermaid rendering', () => {
  it('renders the generated state and sequence diagrams with their labels and text alternative', async () => {
    const render = createMermaidRenderer({
      launchOptions: chromiumLaunchOptions(),
    });
    const diagrams = [
      stateDiagramOf(TRANSITIONS, { accTitle: 'TCP states', accDescr: 'RFC 9293 Figure 5' }),
      // A corner of the machine is enough to show hostile text survives (the layout is the slow part).
      stateDiagramOf(OPENING, {
        accTitle: HOSTILE,
        accDescr: HOSTILE,
        label: (rule) => `${HOSTILE} ${rule.rule}`,
        stateName: (state) => `${HOSTILE} ${state}`,
      }),
      sequenceDiagramOf(capturedTrace(), { numbers: 'symbolic', accTitle: 'a_normal', accDescr: 'Linux' }),
      sequenceDiagramOf(capturedTrace(), {
        names: { client: HOSTILE, server: 'B' },
        accTitle: HOSTILE,
        accDescr: HOSTILE,
        stateLabel: (state) => `${HOSTILE} ${state}`,
      }),
    ];
    const results = await render(diagrams);

    const rendered = results.map((r, i) => {
      if (r.status === 'rejected') throw new Error(`diagram ${i} failed: ${String(r.reason)}\n${diagrams[i]}`);
      return r.value;
    });
    expect(rendered.map((r) => [r.title, r.description])).toEqual([
      ['TCP states', 'RFC 9293 Figure 5'],
      [HOSTILE, HOSTILE],
      ['a_normal', 'Linux'],
      [HOSTILE, HOSTILE],
    ]);

    const [plainStates, hostileStates, plainSequence, hostileSequence] = rendered.map((r) => svgTexts(r.svg));
    expect(plainStates).toContain('rcv SYN / snd SYN,ACK');
    expect(plainStates).toContain('timeout time_wait');
    for (const rule of OPENING) {
      expect(hostileStates).toContain(`${HOSTILE} ${rule.rule}`);
    }
    expect(hostileStates).toContain(`${HOSTILE} SYN_RECEIVED`);
    expect(plainSequence).toEqual(
      expect.arrayContaining(['SYN seq=J', 'SYN,ACK seq=K ack=J+1', 'ACK,PSH seq=J+1 ack=K+1 len=5', 'TIME_WAIT']),
    );
    expect(hostileSequence).toContain(HOSTILE);
    expect(hostileSequence).toContain(`${HOSTILE} ESTABLISHED`);
  }, 30_000);
});
