/**
 * Finding a page's first mention of each glossary term in a run of text: pure, so the build's
 * link plugin and its tests share it. One scan per text: at each place the longest pattern wins
 * (初始序号 before 序号, SYN cookies before SYN), and a term already linked on the page, or met
 * inside a longer one, is left as text.
 */
import type { Locale } from '../i18n/locales.ts';
import type { GlossaryTerm } from './glossary-term.ts';

export type TextPiece = { readonly text: string; readonly term?: undefined } | { readonly text: string; readonly term: GlossaryTerm };

/** Splits `text` at the first mentions of terms not in `seen` (adding them); null when there is none. */
export type TermMatcher = (text: string, seen: Set<string>) => TextPiece[] | null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * A pattern as a regular expression. An edge that is an ASCII letter or digit must not touch a
 * letter, digit, `_`, `-` or `+` (SYN in SYN_SENT, SYN-SENT or SYN+ACK is not a mention of SYN), nor
 * a `.` that joins a word (SND in SND.NXT); a Chinese edge has no word boundary to keep.
 */
function patternSource(pattern: string): string {
  const first = pattern[0] ?? '';
  const head = /[a-z]/.test(first) ? `[${first}${first.toUpperCase()}]` : escape(first);
  const body = head + escape(pattern.slice(1));
  const before = ASCII_WORD.test(first) ? '(?<![\\p{L}\\p{N}_+\\-.])' : '';
  const after = ASCII_WORD.test(pattern.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_+\\-]|\\.[\\p{L}\\p{N}])' : '';
  return `${before}${body}${after}`;
}

export function termMatcher(terms: readonly GlossaryTerm[], locale: Locale): TermMatcher {
  const patterns = terms
    .flatMap((term) => term[locale].match.map((pattern) => ({ pattern, term })))
    .sort((a, b) => b.pattern.length - a.pattern.length || (a.pattern < b.pattern ? -1 : 1));
  if (patterns.length === 0) return () => null;
  const regex = new RegExp(patterns.map(({ pattern }) => `(${patternSource(pattern)})`).join('|'), 'gu');
  return (text, seen) => {
    const pieces: TextPiece[] = [];
    let last = 0;
    for (const match of text.matchAll(regex)) {
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      const term = patterns[group - 1]?.term;
      if (!term || seen.has(term.id)) continue;
      seen.add(term.id);
      const start = match.index;
      if (start > last) pieces.push({ text: text.slice(last, start) });
      pieces.push({ text: match[0], term });
      last = start + match[0].length;
    }
    if (pieces.length === 0) return null;
    if (last < text.length) pieces.push({ text: text.slice(last) });
    return pieces;
  };
}
