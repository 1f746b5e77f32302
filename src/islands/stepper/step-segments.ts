/**
 * Which segments a step puts before the learner, for the header view: the ones it sends, or, when
 * it sends none, the one that arrives (or is lost). Pure, so the island only draws.
 */
import type { Frame } from '../../core/timeline.ts';
import type { SentSegment } from '../../core/simulate.ts';
import type { Side } from '../../core/types.ts';
import type { ControlBit, FieldId } from '../../core/header.ts';
import type { StepperViewsStrings } from '../../i18n/sections/stepper-views.ts';
import { fillTemplate } from '../../i18n/template.ts';
import { flagsText, numbersText } from './segment-text.ts';

/** The header view's strings: this area's, and the header explorer's field names and notes it shares. */
export type HeaderViewStrings = StepperViewsStrings &
  Readonly<Record<`header.name.${Exclude<FieldId, ControlBit>}` | 'header.flagsByte' | 'header.bytes' | 'header.checksumNote', string>>;

/** The linked views' strings a stepper shows before any of them is opened. */
export const SHOWN_VIEW_KEYS = ['stepperViews.states', 'stepperViews.header.open', 'stepperViews.diagram.open'] as const;

/**
 * A stepper's linked views' strings: those it shows at once, and where the rest are (a data file,
 * the same for every page of the language), fetched when the learner first opens a view, with
 * the view's code.
 */
export interface LinkedViewTexts {
  readonly shown: Pick<HeaderViewStrings, (typeof SHOWN_VIEW_KEYS)[number]>;
  readonly more: string;
}

export type SegmentRole = 'sent' | 'arrived' | 'lost';

export interface StepSegment {
  readonly sent: SentSegment;
  readonly role: SegmentRole;
}

export function stepSegments(frame: Frame): StepSegment[] {
  if (frame.sent.length > 0) return frame.sent.map((sent) => ({ sent, role: 'sent' }));
  const e = frame.event;
  if (e?.kind === 'arrive') return [{ sent: e.segment, role: 'arrived' }];
  if (e?.kind === 'lost') return [{ sent: e.segment, role: 'lost' }];
  return [];
}

/** "Sent by the client: SYN seq=100". */
export function captionOf({ sent, role }: StepSegment, s: StepperViewsStrings): string {
  const side: Side = role === 'sent' ? sent.from : sent.to;
  return fillTemplate(s[`stepperViews.header.${role}`], {
    side: s[`stepperViews.side.${side}`],
    segment: `${flagsText(sent)} ${numbersText(sent)}`,
  });
}
