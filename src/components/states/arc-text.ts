/** How the states page writes an arc and its source, in the page's language. */
import type { Locale } from '../../i18n/index.ts';
import type { ReferenceArc } from '../../lessons/state-reference.ts';
import { figure5Words } from '../../plugins/state-diagram/words.ts';

export function arcWords(locale: Locale, arc: ReferenceArc): { event: string; action: string } {
  const words = figure5Words(locale, '', '');
  const event = [words.event(arc.label), arc.modelled ? '' : words.notModelled].filter(Boolean).join(' ');
  return { event, action: words.action(arc.label) };
}

/** An RFC 9293 section's address, or null for an arc whose source is Linux (its section names a Linux knob). */
export function sectionLink(arc: ReferenceArc): string | null {
  return arc.source === 'linux' ? null : `https://www.rfc-editor.org/rfc/rfc9293.html#section-${arc.section}`;
}
