// What a question's explanation says about the value it asked for: the core's reasons for the
// segment, formatted as the feedback shows them, in both languages, for every FIN of the quiz's
// stories. A FIN's explanations must say where its seq comes from, and that its ACK is the FIN's
// seq + 1 (not "one more than the last byte").
import { describe, expect, it } from 'vitest';
import { ackQuestion } from '../../src/quiz/kinds/ack-value.ts';
import { seqQuestion } from '../../src/quiz/kinds/seq-value.ts';
import { runSegment, type SegmentPick } from '../../src/quiz/story.ts';
import { PROFILES, SIDES, type Reason } from '../../src/core/types.ts';
import { formatReason, reasonMessagesOf } from '../../src/i18n/reason-format.ts';
import { reasonsStrings } from '../../src/i18n/sections/reasons.ts';
import { locales } from '../../src/i18n/locales.ts';

const MESSAGES = { en: reasonMessagesOf(reasonsStrings.en), zh: reasonMessagesOf(reasonsStrings.zh) };
const said = (reasons: readonly Reason[], locale: 'en' | 'zh') =>
  reasons.map((r) => formatReason(r, MESSAGES[locale], locale).text).join(' ');

/** Every segment of the quiz's story scenarios that a question could be about. */
const STORIES: readonly SegmentPick['scenario'][] = ['normal-open', 'close-from-client', 'abortive-close'];
const picks: SegmentPick[] = STORIES.flatMap((scenario) =>
  SIDES.flatMap((from) => {
    const sent = runSegment({ scenario, from: 'client', nth: 1 }, 'rfc9293', 1, 2).run.segments;
    return sent.filter((s) => s.from === from && !s.injected).map((s) => ({ scenario, from, nth: s.nth }));
  }),
);
// ISNs that make a wrong formula visible, one of them at the wrap.
const ISNS: [number, number][] = [[100, 300], [4294967290, 7], [7, 4294967295]];
const runs = picks.flatMap((pick) => PROFILES.flatMap((profile) => ISNS.map(([c, s]) => runSegment(pick, profile, c, s))));
const fins = runs.filter((picked) => picked.target.segment.flags.includes('FIN'));

describe('explanations of a FIN', () => {
  it('the stories have FINs (else this test checks nothing)', () => {
    expect(fins.length).toBeGreaterThan(0);
  });

  for (const locale of locales) {
    it(`${locale}: a question about a FIN's seq is explained with that seq, SND.NXT`, () => {
      for (const picked of fins) {
        const question = seqQuestion(picked);
        const text = said(question.explanation, locale);
        expect(text, text).toContain(`SND.NXT = ${question.answer}`);
      }
    });

    it(`${locale}: the ACK that answers a FIN is the FIN's seq + 1`, () => {
      for (const picked of fins) expect(said(seqQuestion(picked).explanation, locale)).toContain('seq + 1');
      const acksOfFin = runs.filter((picked) => {
        const question = ackQuestion(picked);
        return question !== null && question.explanation.some((r) => r.key.endsWith('.send_ack_fin'));
      });
      expect(acksOfFin.length).toBeGreaterThan(0);
      for (const picked of acksOfFin) expect(said(ackQuestion(picked)?.explanation ?? [], locale)).toContain('seq + 1');
    });
  }
});
