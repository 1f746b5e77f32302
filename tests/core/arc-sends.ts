// The transition table's `send` is what the state diagram labels its arcs with, so it must be what
// the engine sends. In a step that takes arcs, a side sends exactly the control bits (SYN, FIN,
// RST) its arcs name; and an arc that names ACK sends one in the same step in the textbook (Linux
// may delay the ACK of a FIN, or let it ride on a later segment).
import { TRANSITIONS } from '../../src/core/transitions.ts';
import type { Run } from '../../src/core/simulate.ts';

const byRule: ReadonlyMap<string, (typeof TRANSITIONS)[number]> = new Map(TRANSITIONS.map((t) => [t.rule, t]));
const CONTROL = ['SYN', 'FIN', 'RST'] as const;

/** One line per step and side where what was sent disagrees with the arcs taken; empty when all agree. */
export function sendMismatches(run: Run): string[] {
  const problems: string[] = [];
  for (const step of run.steps) {
    for (const who of ['client', 'server'] as const) {
      const arcs = step.transitions.filter((t) => t.side === who).map((t) => byRule.get(t.reason.key));
      if (arcs.length === 0) continue;
      const rules = arcs.map((a) => a?.rule ?? '?').join(', ');
      const sent = step.sent.filter((s) => s.from === who).map((s) => s.segment.flags);
      const named = CONTROL.filter((f) => arcs.some((a) => a?.send?.includes(f)));
      const control = CONTROL.filter((f) => sent.some((flags) => flags.includes(f)));
      if (control.join() !== named.join()) problems.push(`${who} at ${step.t} (${rules}): sent ${control.join('+') || 'no control bits'}, the table says ${named.join('+') || 'none'}`);
      const namesAck = arcs.some((a) => a?.send?.includes('ACK'));
      if (run.profile === 'rfc9293' && namesAck && !sent.some((flags) => flags.includes('ACK'))) {
        problems.push(`${who} at ${step.t} (${rules}): the table says ACK, nothing carried one`);
      }
    }
  }
  return problems;
}
