// The ladder's layout: every label of every library run, in both languages, is placed on its own
// arrow, meets no other label and no call, timer or state box, and stays inside the drawing; the
// small Figure 5 puts each side in a box of the state it is in, at every frame.
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS } from '../../src/core/scenarios.ts';
import { simulate } from '../../src/core/simulate.ts';
import { createTimeline } from '../../src/core/timeline.ts';
import { boxOf } from '../../src/islands/stepper/state-mini.ts';
import { PROFILES, type Profile } from '../../src/core/types.ts';
import { actionTextOf, arrowEnds, intersects, ladderOf, markBoxes, textWidth, wrapToMargin, type Box } from '../../src/islands/stepper/ladder.ts';
import { LADDER } from '../../src/islands/stepper/ladder-geometry.ts';
import { timerNamesOf } from '../../src/islands/stepper/Why.tsx';
import { stepperStrings, stepperStringsOf } from '../../src/i18n/sections/stepper.ts';

const LANGS = { en: stepperStringsOf(stepperStrings.en), zh: stepperStringsOf(stepperStrings.zh) };

const cases = SCENARIO_IDS.flatMap((id) => PROFILES.flatMap((profile) => (['en', 'zh'] as const).map((lang) => [id, profile, lang] as const)));

describe('ladder layout', () => {
  it.each(cases)('%s (%s, %s): labels on their arrows, clear of each other and of the marks, inside the drawing', (id, profile, lang) => {
    const run = simulate((SCENARIOS[id].build as (p: { profile: Profile }) => Parameters<typeof simulate>[0])({ profile }));
    const actionText = actionTextOf(timerNamesOf(LANGS[lang]));
    const ladder = ladderOf(run, actionText);
    const marks = markBoxes(ladder, actionText);
    const labels = ladder.arrows.map((a) => [a, ladder.labels.get(a.id) as Box] as const);
    const inside = (b: Box) => b.x >= 0 && b.x + b.w <= LADDER.width && b.y >= 0 && b.y + b.h <= ladder.height;
    for (const [a, box] of labels) {
      expect(box, a.id).toBeDefined();
      const { y1, y2 } = arrowEnds(a);
      const middle = box.y + box.h / 2;
      expect(middle >= y1 && middle <= y2, `${a.id}: label at ${middle} on its arrow ${y1}..${y2}`).toBe(true);
      expect(inside(box), `${a.id} inside`).toBe(true);
      for (const m of marks) expect(intersects(box, m), `${a.id} label meets a mark at y=${m.y}`).toBe(false);
    }
    for (const m of marks) expect(inside(m), `mark ${JSON.stringify(m)} inside ${ladder.height}`).toBe(true);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        expect(intersects(labels[i]![1], labels[j]![1]), `${labels[i]![0].id} × ${labels[j]![0].id}`).toBe(false);
      }
    }
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) expect(intersects(marks[i]!, marks[j]!), `marks at y=${marks[i]!.y} and y=${marks[j]!.y}`).toBe(false);
    }
  });

  it.each([
    ['retransmission timer', ['retransmission', 'timer']],
    ['TIME_WAIT timer', ['TIME_WAIT timer']],
    ['delayed-ACK timer', ['delayed-ACK', 'timer']],
    ['重传计时器', ['重传计时器']],
    ['recv_until_eof()', ['recv_until_eof()']],
  ])('wraps %s to the margin as %o', (text, lines) => {
    expect(wrapToMargin(text)).toEqual(lines);
  });

  it('counts CJK characters a full em, Latin less', () => {
    expect(textWidth('重传', false)).toBe(2 * LADDER.font);
    expect(textWidth('ab', true)).toBeLessThan(textWidth('重传', false));
  });
});

describe('the small Figure 5', () => {
  it.each(SCENARIO_IDS.flatMap((id) => PROFILES.map((profile) => [id, profile] as const)))('%s (%s): each side is always in a box of its state', (id, profile) => {
    const timeline = createTimeline(simulate((SCENARIOS[id].build as (p: { profile: Profile }) => Parameters<typeof simulate>[0])({ profile })));
    const frames = Array.from({ length: timeline.length }, (_, i) => timeline.at(i));
    for (let i = 0; i < frames.length; i++) {
      for (const side of ['client', 'server'] as const) expect(boxOf(frames.slice(0, i + 1), side)?.state, `${id} frame ${i} ${side}`).toBe(frames[i]![side].state);
    }
  });

  it('puts a connection that closed after TIME_WAIT in the CLOSED at the bottom', () => {
    const timeline = createTimeline(simulate(SCENARIOS['close-from-client'].build({ profile: 'rfc9293' } as never)));
    const frames = Array.from({ length: timeline.length }, (_, i) => timeline.at(i));
    expect(boxOf(frames.slice(0, 1), 'client')?.id).toBe('closed');
    expect(boxOf(frames, 'client')?.id).toBe('closed-end');
  });
});
