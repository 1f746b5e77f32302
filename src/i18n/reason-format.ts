/**
 * Turning the core's structured reasons into a sentence and a citation, in one language.
 * Pure and tiny: islands import it (the dictionaries they do not: a wrapper hands them the few
 * templates they can show, picked by the lesson build in src/lessons/).
 */
import type { Reason, Side } from '../core/types.ts';
import type { Locale } from './locales.ts';
import { fillTemplate } from './template.ts';

/** Reason key (e.g. 'syn_sent.rcv_syn_ack', no 'reasons.' prefix) → template with {param} placeholders. */
export type ReasonMessages = Readonly<Record<string, string>>;

/** The dictionary prefix of reason messages: 'reasons.' + key. */
export const REASON_PREFIX = 'reasons.';

/**
 * Keys made of the endpoint's current state and a suffix ('established.send_data',
 * 'fin_wait_2.send_data', ...) can share one message under '*.suffix'. A message written for the
 * exact key wins.
 */
export function reasonTemplate(key: string, messages: ReasonMessages): string | undefined {
  const exact = messages[key];
  if (exact !== undefined) return exact;
  const dot = key.indexOf('.');
  return dot < 0 ? undefined : messages[`*${key.slice(dot)}`];
}

const SOURCE_LABEL: Readonly<Record<Locale, { linux: string; hypothetical: string }>> = {
  en: { linux: 'Linux: ', hypothetical: 'Hypothetical, not TCP: see RFC 9293 §' },
  zh: { linux: 'Linux：', hypothetical: '假想情形，并非 TCP：参见 RFC 9293 §' },
};

/** Where a reason comes from, as the learner should look it up: 'RFC 9293 §3.10.7.3', 'Linux: tcp_fin_timeout'. */
export function citation(reason: Pick<Reason, 'section' | 'source'>, locale: Locale): string {
  const source = reason.source ?? 'rfc9293';
  switch (source) {
    case 'linux':
      return `${SOURCE_LABEL[locale].linux}${reason.section}`;
    case 'hypothetical':
      return `${SOURCE_LABEL[locale].hypothetical}${reason.section}`;
    default:
      return `RFC ${source.slice(3)} §${reason.section}`;
  }
}

/** The RFC's own section link, or null for a Linux knob. */
export function citationHref(reason: Pick<Reason, 'section' | 'source'>): string | null {
  const source = reason.source ?? 'rfc9293';
  if (source === 'linux') return null;
  const rfc = source === 'hypothetical' ? '9293' : source.slice(3);
  return `https://www.rfc-editor.org/rfc/rfc${rfc}.html#section-${reason.section}`;
}

export interface FormattedReason {
  readonly text: string;
  readonly cite: string;
  readonly href: string | null;
}

/**
 * The side that acts and its peer, as a message names them in the middle of a sentence. Spelt out
 * per side rather than derived with the core's otherSide(): i18n takes only types from the core.
 */
const SIDE_NAMES: Readonly<Record<Locale, Readonly<Record<Side, { side: string; peer: string }>>>> = {
  en: { client: { side: 'the client', peer: 'the server' }, server: { side: 'the server', peer: 'the client' } },
  zh: { client: { side: '客户端', peer: '服务器' }, server: { side: '服务器', peer: '客户端' } },
};

/**
 * What a reason's template can fill in: its params, with `side` (the side that acts, see Reason)
 * in words, and `peer`, the other side, derived from it.
 */
export function reasonValues(reason: Reason, locale: Locale): Readonly<Record<string, string | number>> {
  const params = reason.params ?? {};
  const side = params.side;
  if (side !== 'client' && side !== 'server') return params;
  return { ...params, ...SIDE_NAMES[locale][side] };
}

/** A reason as a sentence in `locale` plus its citation. An unknown key shows as itself rather than failing. */
export function formatReason(reason: Reason, messages: ReasonMessages, locale: Locale): FormattedReason {
  const template = reasonTemplate(reason.key, messages);
  return {
    text: template === undefined ? reason.key : fillTemplate(template, reasonValues(reason, locale)),
    cite: citation(reason, locale),
    href: citationHref(reason),
  };
}

/** The entries of a dictionary whose keys start with `prefix`, keyed without it ('stepper.x' → 'x'). */
export function unprefixed(dictionary: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dictionary)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}

/** The reason templates of a dictionary ('reasons.x' keys), without their prefix. */
export function reasonMessagesOf(dictionary: Readonly<Record<string, string>>): ReasonMessages {
  return unprefixed(dictionary, REASON_PREFIX);
}
