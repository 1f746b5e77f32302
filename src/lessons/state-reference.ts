/**
 * What the states page says about each state that is not prose: its anchor, what Linux's `ss`
 * prints for it, and every arc in and out of it, read from TRANSITIONS and placed in the layer the
 * Figure 5 drawing puts it in. The prose (what it means, how long it lasts) is in the dictionaries.
 */
import { arcLabel, ruleOf, type ArcLabelLine } from '../core/figure5-labels.ts';
import { figure5Layout, stateAnchor, type DiagramLayer } from '../core/figure5.ts';
import { TRANSITIONS } from '../core/transitions.ts';
import { TCP_STATES, type ReasonSource, type TcpState } from '../core/types.ts';

export interface StateFacts {
  readonly state: TcpState;
  /** The page's anchor: `states/#fin-wait-1`. */
  readonly anchor: string;
  /** iproute2's `ss` STATE column (misc/ss.c, sstate_name). */
  readonly ss: string;
  /** The name `ss … state NAME` filters by (sstate_namel); none for CLOSED, whose `unconnected` is not about TCP connections. */
  readonly ssFilter?: string;
}

const SS: Readonly<Record<TcpState, { ss: string; filter?: string }>> = {
  CLOSED: { ss: 'UNCONN' },
  LISTEN: { ss: 'LISTEN', filter: 'listening' },
  SYN_SENT: { ss: 'SYN-SENT', filter: 'syn-sent' },
  SYN_RECEIVED: { ss: 'SYN-RECV', filter: 'syn-recv' },
  ESTABLISHED: { ss: 'ESTAB', filter: 'established' },
  FIN_WAIT_1: { ss: 'FIN-WAIT-1', filter: 'fin-wait-1' },
  FIN_WAIT_2: { ss: 'FIN-WAIT-2', filter: 'fin-wait-2' },
  CLOSE_WAIT: { ss: 'CLOSE-WAIT', filter: 'close-wait' },
  CLOSING: { ss: 'CLOSING', filter: 'closing' },
  LAST_ACK: { ss: 'LAST-ACK', filter: 'last-ack' },
  TIME_WAIT: { ss: 'TIME-WAIT', filter: 'time-wait' },
};

export const STATE_FACTS: readonly StateFacts[] = TCP_STATES.map((state) => {
  const { ss, filter } = SS[state];
  return { state, anchor: stateAnchor(state), ss, ...(filter ? { ssFilter: filter } : {}) };
});

/** One arc as the page lists it: a rule of TRANSITIONS, or Figure 5's arc the model does not take. */
export interface ReferenceArc {
  readonly rule?: string;
  readonly from: TcpState;
  readonly to: TcpState;
  readonly layer: DiagramLayer;
  readonly modelled: boolean;
  /** RFC 9293 section, or the Linux name when `source` is 'linux'. */
  readonly section: string;
  readonly source: ReasonSource;
  readonly label: ArcLabelLine;
}

// Figure 5's SEND arc is RFC 9293 §3.10.2 (SEND in LISTEN turns the passive open into an active one).
const SEND_SECTION = '3.10.2';

function referenceArcs(): ReferenceArc[] {
  const arcs: ReferenceArc[] = [];
  for (const drawn of figure5Layout().arcs) {
    if (!drawn.modelled) {
      const label = arcLabel(drawn).lines[0]!;
      arcs.push({ from: drawn.fromState, to: drawn.toState, layer: drawn.layer, modelled: false, section: SEND_SECTION, source: 'rfc9293', label });
      continue;
    }
    for (const key of drawn.rules) {
      const rule = ruleOf(key);
      // One rule's own label line: the drawing may merge close() and shutdown(), the list does not need to.
      const single = arcLabel({ ...drawn, rules: [rule.rule] }).lines[0]!;
      arcs.push({
        rule: rule.rule,
        from: rule.from,
        to: rule.to,
        layer: drawn.layer,
        modelled: true,
        section: rule.section,
        source: rule.source ?? 'rfc9293',
        label: single,
      });
    }
  }
  const rank = (s: TcpState) => TCP_STATES.indexOf(s);
  const layerRank = (l: DiagramLayer) => (l === 'figure5' ? 0 : 1);
  return arcs.sort((a, b) => layerRank(a.layer) - layerRank(b.layer) || rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
}

/** Every arc the drawing shows, one per rule, Figure 5's first: the diagram's text alternative. */
export const REFERENCE_ARCS: readonly ReferenceArc[] = referenceArcs();

export function arcsInto(state: TcpState): ReferenceArc[] {
  return REFERENCE_ARCS.filter((a) => a.to === state);
}
export function arcsOutOf(state: TcpState): ReferenceArc[] {
  return REFERENCE_ARCS.filter((a) => a.from === state);
}

/** Rules of TRANSITIONS the page leaves out: the lessons' hypothetical two-way handshake. */
export const HYPOTHETICAL_RULES: readonly string[] = TRANSITIONS.filter((t) => t.source === 'hypothetical').map((t) => t.rule);
