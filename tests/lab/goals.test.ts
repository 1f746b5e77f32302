// Every level's goal, decided by the model: its starting setup misses it, its "show me" reaches it,
// in both profiles wherever the goal does not name one.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { PROFILES, type Profile } from '../../src/core/types.ts';
import { GOAL_IDS, GOALS, goalReached, type GoalId } from '../../src/lab/goals.ts';
import { LEVELS, levelById } from '../../src/lab/levels.ts';
import { EMPTY_SETUP, toScenario, type LabSetup } from '../../src/lab/setup.ts';

const run = (setup: LabSetup, profile?: Profile) => simulate(toScenario(profile ? { ...setup, profile } : setup));

/** Goals that hold only in one profile (the level fixes it, and the goal says so). */
const PROFILE_BOUND: Partial<Record<GoalId, Profile>> = { 'three-segment-close': 'linux' };

describe('levels', () => {
  it('has at least ten, with distinct ids, and every goal used by one', () => {
    expect(LEVELS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(LEVELS.map((l) => l.id)).size).toBe(LEVELS.length);
    expect(new Set(LEVELS.map((l) => l.goal))).toEqual(new Set(GOAL_IDS));
  });

  describe.each(LEVELS.map((l) => [l.id, l] as const))('%s', (_id, level) => {
    const bound = PROFILE_BOUND[level.goal];
    const profiles = bound ? [bound] : PROFILES;
    it.each(profiles)('start misses the goal, solution reaches it (%s)', (profile) => {
      expect(goalReached(level.goal, run(level.start, profile))).toBe(false);
      expect(goalReached(level.goal, run(level.solution, profile))).toBe(true);
    });
    it('solution differs from the start only in what the level lets the learner change', () => {
      const { start: a, solution: b, tools } = level;
      const may = new Set(tools);
      if (!may.has('calls')) expect(b.calls).toEqual(a.calls);
      if (!may.has('profile')) expect(b.profile).toBe(a.profile);
      if (!may.has('handshake')) expect(b.handshake).toBe(a.handshake);
      if (!may.has('msl')) expect(b.msl).toBe(a.msl);
      if (!may.has('link')) expect(b.delay).toBe(a.delay);
      if (!may.has('old')) expect(b.old).toEqual(a.old);
      for (const kind of ['lose', 'duplicate', 'delay'] as const) {
        if (!may.has(kind)) expect(b.faults.filter((f) => f.kind === kind)).toEqual(a.faults.filter((f) => f.kind === kind));
      }
    });
  });
});

describe('goals that name a profile or a handshake', () => {
  it('three segments in the textbook profile are four: the goal is Linux only', () => {
    const level = levelById('three-segment-close')!;
    const textbook = run(level.solution, 'rfc9293');
    expect(textbook.segments.filter((s) => s.segment.flags.includes('FIN') || s.t >= 1).length).toBeGreaterThan(3);
    expect(GOALS['three-segment-close'](textbook)).toBe(false);
  });

  it('the same old SYN opens a connection under two-way and fails under three-way', () => {
    const twoWay = levelById('old-syn-two-way')!.solution;
    const threeWay: LabSetup = { ...twoWay, handshake: 'three-way' };
    expect(GOALS['old-syn-opens'](run(twoWay))).toBe(true);
    expect(GOALS['old-syn-fails'](run(twoWay))).toBe(false);
    expect(GOALS['old-syn-opens'](run(threeWay))).toBe(false);
    expect(GOALS['old-syn-fails'](run(threeWay))).toBe(true);
  });

  it('a reset after an abort is a reset ending; a normal close is not', () => {
    expect(GOALS['reset-ends'](run(levelById('reset')!.solution))).toBe(true);
    expect(GOALS['reset-ends'](run(levelById('server-time-wait')!.solution))).toBe(false);
  });

  it('a run with nothing in it reaches no goal', () => {
    const empty = run(EMPTY_SETUP);
    for (const goal of GOAL_IDS) expect(goalReached(goal, empty), goal).toBe(false);
  });
});
