// The oracle adapter: a scenario in the oracle README's JSON format in, its trace out. Used by
// the trace command (scripts/trace.ts) and the conformance test; nothing else should need it.
import { parseScenario } from './scenario.ts';
import type { Scenario } from './scenario.ts';
import { simulate, toOracleTrace } from './simulate.ts';
import type { OracleTrace } from './simulate.ts';

/**
 * The captures' `nth` is ONE PAST the segment that was lost. pcap/h_lost_final_ack.* has client
 * nth 7, yet the lost segment is the client's 6th (the final ACK; its 7th is the re-ACK after the
 * server resends its FIN, and the server-side capture shows the 6th never arrived).
 * pcap/i_lost_syn.* has client nth 2, yet the server-side capture never sees the client's FIRST
 * SYN. The README says nth counts from 1, so we follow the data: lose segment nth − 1 of that
 * side's transmissions. (An nth of 1 names no segment under this reading and loses nothing.)
 * The core's own rule stays literal (Scenario.drops names the lost segment itself); this is the
 * only place that translates.
 */
export function fromCapturedDrops(scenario: Scenario): Scenario {
  const drops = (scenario.drops ?? []).filter((d) => d.nth > 1).map((d) => ({ from: d.from, nth: d.nth - 1 }));
  return { ...scenario, drops };
}

/** Validates an oracle scenario (throws ScenarioError), runs it, and returns the oracle trace. */
export function traceOracleScenario(json: unknown): OracleTrace {
  return toOracleTrace(simulate(fromCapturedDrops(parseScenario(json))));
}
