import { describe, expect, it } from 'vitest';
import { comingAfterLast, plannedSections, upcomingSections } from '../../src/i18n/index.ts';

describe('upcomingSections', () => {
  it('announces every planned section while no lesson is written', () => {
    expect(upcomingSections([])).toEqual(plannedSections.map((s) => s.key));
  });

  it('stops announcing a section once its lesson exists, keeping course order', () => {
    expect(upcomingSections(['how-to-use', 'three-way-handshake', 'tcp-header'])).toEqual([
      'upcoming.whyThree',
      'upcoming.teardown',
      'upcoming.timeWait',
      'upcoming.whyFour',
      'upcoming.httpLife',
    ]);
  });

  it('no longer announces TIME_WAIT and 2MSL once the time-wait lesson exists', () => {
    const upcoming = upcomingSections(['how-to-use', 'tcp-header', 'three-way-handshake', 'time-wait']);
    expect(upcoming).not.toContain('upcoming.timeWait');
    expect(upcoming).toEqual(['upcoming.whyThree', 'upcoming.teardown', 'upcoming.whyFour', 'upcoming.httpLife']);
  });

  it('gives each planned section its own lesson id', () => {
    expect(new Set(plannedSections.map((s) => s.id)).size).toBe(plannedSections.length);
  });
});

describe('comingAfterLast', () => {
  it('names the section after the last written lesson', () => {
    expect(comingAfterLast(['how-to-use', 'tcp-header', 'three-way-handshake'])).toBe('upcoming.whyThree');
  });

  it('skips a gap earlier in the course: after the last lesson comes what is planned after it', () => {
    expect(comingAfterLast(['how-to-use', 'tcp-header', 'three-way-handshake', 'four-way-teardown', 'why-four'])).toBe('upcoming.httpLife');
  });

  it('names nothing once the course is complete', () => {
    expect(comingAfterLast(plannedSections.map((s) => s.id))).toBeUndefined();
  });
});
