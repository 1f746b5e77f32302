/**
 * What the stepper says about a frame, in the page's language: what happened (the event), why
 * (the core's reasons, as sentences with their RFC section) and what the application got back.
 * Pure: strings and reason templates come in as data, picked at build time (src/lessons/).
 */
import type { Frame } from '../../core/timeline.ts';
import type { Side } from '../../core/types.ts';
import { formatReason, type FormattedReason, type ReasonMessages } from '../../i18n/reason-format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { StepperStrings } from '../../i18n/sections/stepper.ts';
import { fillTemplate } from '../../i18n/template.ts';
import { flagsText, numbersText } from './segment-text.ts';

export type { StepperStrings } from '../../i18n/sections/stepper.ts';

export interface Explanation {
  /** 'Step 3 of 5 · t = 0.150 s', or empty for frame 0. */
  readonly heading: string;
  readonly event: string;
  readonly reasons: readonly FormattedReason[];
  /** What calls returned; the quiet/lost remark when nothing else is said. */
  readonly notes: readonly string[];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Simulated seconds, to the millisecond, without trailing zeros: 0.15, 240.25. */
export function seconds(t: number): string {
  return String(Math.round(t * 1000) / 1000);
}

export function eventText(frame: Frame, s: StepperStrings): string {
  const event = frame.event;
  if (event === null) return s.start;
  const side = (who: Side) => (who === 'client' ? s.theClient : s.theServer);
  switch (event.kind) {
    case 'call': {
      const call = event.call.name === 'send' ? `send(${event.call.bytes})` : `${event.call.name}()`;
      return capitalise(fillTemplate(s['event.call'], { side: side(event.side), call }));
    }
    case 'arrive':
    case 'lost': {
      const seg = event.segment;
      const segment = `${flagsText(seg)} ${numbersText(seg)}`;
      const template = event.kind === 'lost' ? s['event.lost'] : seg.injected ? s['event.inject'] : s['event.arrive'];
      // A lost segment is told from its sender's side; an arriving one from its receiver's.
      return capitalise(fillTemplate(template, { segment, side: side(event.kind === 'lost' ? seg.from : event.side) }));
    }
    case 'timer':
      return capitalise(fillTemplate(s['event.timer'], { timer: s[`timer.${event.timer}`], side: side(event.side) }));
  }
}

export function explain(
  frame: Frame,
  total: number,
  s: StepperStrings,
  messages: ReasonMessages,
  locale: Locale,
): Explanation {
  const reasons = frame.reasons.map((r) => formatReason(r, messages, locale));
  // A call that returns at once is no news; one that blocked until now, or failed, is.
  const event = frame.event;
  const notes = frame.returns
    .filter((r) => r.error || !(event?.kind === 'call' && event.side === r.side && event.call.name === r.call))
    .map((r) =>
      r.error
        ? fillTemplate(s.fails, { call: `${r.call}()`, error: r.error })
        : fillTemplate(s.returns, { call: `${r.call}()` }),
    );
  if (event?.kind === 'lost') notes.push(s.lost);
  else if (event && reasons.length === 0 && notes.length === 0) notes.push(s.quiet);
  const heading =
    frame.index === 0
      ? ''
      : `${fillTemplate(s.stepOf, { n: frame.index, total })} · ${fillTemplate(s.time, { t: seconds(frame.t) })}`;
  return { heading, event: eventText(frame, s), reasons, notes };
}
