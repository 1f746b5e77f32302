// Building blocks for targeted scenarios (resets, give-ups, strays in every state), shared by the
// tests that need runs beyond the scenario library. Link delay 50 ms: the client is ESTABLISHED
// at 0.2 s, the server at 0.25 s.
import type { Scenario, ScenarioEvent } from '../../src/core/scenario.ts';
import type { Profile, Side } from '../../src/core/types.ts';

export const D = 0.05;
export type Ev = [t: number, who: Side, call: ScenarioEvent['call'], bytes?: number];

export function scenario(profile: Profile, events: Ev[], extra: Partial<Scenario> = {}): Scenario {
  return {
    profile,
    link: { delay: D },
    client: { isn: 100 },
    server: { isn: 300 },
    drops: [],
    msl: 5,
    events: events.map(([t, who, call, bytes]) => (bytes === undefined ? { t, who, call } : { t, who, call, bytes })),
    ...extra,
  };
}

/** The server listens, the client connects at 0.1 s. */
export const open: Ev[] = [
  [0, 'server', 'listen'],
  [0.1, 'client', 'connect'],
];

/** Lose segments `first..last` (1-based) of one side: a link that has gone silent. */
export function silence(from: Side, first: number, last = first + 39) {
  return Array.from({ length: last - first + 1 }, (_, i) => ({ from, nth: first + i }));
}
