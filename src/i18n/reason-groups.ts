/**
 * The reason templates come in three groups, each a lazy chunk per language
 * (src/i18n/sections/reasons-<group>.<lang>.ts): 'open' (CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED),
 * 'close' (an orderly close, data and abort) and 'edge' (the rarer turns: resets, timeouts,
 * simultaneous close, retransmissions, challenge ACKs, the network). A page loads only
 * the groups its islands can need: their wrappers work that out at build time (the reason keys
 * of the stepper's runs, of the quiz's questions) and pass the names as a prop. Build-time only:
 * this imports every template, islands must not.
 */
import { en as open } from './sections/reasons-open.en.ts';
import { en as close } from './sections/reasons-close.en.ts';
import { en as edge } from './sections/reasons-edge.en.ts';
import { REASON_PREFIX } from './reason-format.ts';

export const REASON_GROUPS = ['open', 'close', 'edge'] as const;
export type ReasonGroup = (typeof REASON_GROUPS)[number];

const DICTIONARIES: Readonly<Record<ReasonGroup, Readonly<Record<string, string>>>> = { open, close, edge };

/** The group holding the template of a reason key ('syn_sent.rcv_syn_ack', no prefix), if any has one. */
export function reasonGroupOf(key: string): ReasonGroup | undefined {
  for (const group of REASON_GROUPS) if (REASON_PREFIX + key in DICTIONARIES[group]) return group;
  const dot = key.indexOf('.');
  const wildcard = `${REASON_PREFIX}*${dot < 0 ? '' : key.slice(dot)}`;
  return dot < 0 ? undefined : REASON_GROUPS.find((group) => wildcard in DICTIONARIES[group]);
}

/** The groups `keys` need, in REASON_GROUPS order (a key no group knows needs none: it shows as itself). */
export function reasonGroupsOf(keys: Iterable<string>): ReasonGroup[] {
  const needed = new Set<ReasonGroup>();
  for (const key of keys) {
    const group = reasonGroupOf(key);
    if (group) needed.add(group);
  }
  return REASON_GROUPS.filter((group) => needed.has(group));
}
