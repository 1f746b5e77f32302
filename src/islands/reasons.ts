/**
 * Loads the reason templates an island needs: only the groups its wrapper named (see
 * src/i18n/reason-groups.ts), in the page's language, each group its own lazy chunk edge by
 * every island on the page. One import() per group and language, so a page never fetches the
 * other language's or a group it cannot use.
 */
import type { Locale } from '../i18n/locales.ts';
import { reasonMessagesOf, type ReasonMessages } from '../i18n/reason-format.ts';

type Dictionary = Readonly<Record<string, string>>;

const LOADERS: Record<string, () => Promise<Dictionary>> = {
  'open.en': () => import('../i18n/sections/reasons-open.en.ts').then((m) => m.en),
  'close.en': () => import('../i18n/sections/reasons-close.en.ts').then((m) => m.en),
  'edge.en': () => import('../i18n/sections/reasons-edge.en.ts').then((m) => m.en),
  'open.zh': () => import('../i18n/sections/reasons-open.zh.ts').then((m) => m.zh),
  'close.zh': () => import('../i18n/sections/reasons-close.zh.ts').then((m) => m.zh),
  'edge.zh': () => import('../i18n/sections/reasons-edge.zh.ts').then((m) => m.zh),
};

/** `groups`: the wrapper's space-separated group names ('open edge'). */
export async function loadReasons(groups: string, locale: Locale): Promise<ReasonMessages> {
  const names = groups.split(' ').filter(Boolean);
  const parts = await Promise.all(names.map((g) => (LOADERS[`${g}.${locale}`] as () => Promise<Dictionary>)()));
  return reasonMessagesOf(Object.assign({}, ...parts));
}
