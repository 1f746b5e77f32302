/**
 * The checkable facts of a lesson, section by section, so the English and Chinese texts can be
 * compared without reading either: the numbers, RFC and section references, TCP state names,
 * control flags and code spans each section mentions. Prose differs between the languages; these
 * tokens must not (a number or a state added to one language alone is a fact the other lacks).
 * Numbers count when written in digits, so a lesson writes the numbers it states in digits in
 * both languages ("the 4 reserved bits", "4 个保留位").
 */

export interface SectionFacts {
  /** The heading's level and its position among headings ('h2#3'), the same in both languages. */
  readonly key: string;
  readonly heading: string;
  readonly facts: ReadonlySet<string>;
}

const STATES = [
  'CLOSED', 'LISTEN', 'SYN_SENT', 'SYN_RECEIVED', 'ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2',
  'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT',
];
// RFC 9293 writes SYN-SENT, the oracle and Linux-minded texts SYN_SENT: one state either way.
const STATE = new RegExp(`\\b(${STATES.map((s) => s.replaceAll('_', '[-_]')).join('|')})\\b`, 'g');
const FLAG = /\b(SYN|ACK|FIN|RST|PSH|URG|ECE|CWR)\b/g;
const RFC = /\bRFC\s?(\d{3,5})\b/g;
const SECTION = /§\s?(\d+(?:\.\d+)*)/g;
const CODE = /`([^`\n]+)`/g;
// A number: digits with an optional decimal part, not part of a word (IPv4) or an identifier.
const NUMBER = /(?<![\w.])(\d+(?:\.\d+)?)(?![\w])/g;

function factsOf(text: string): Set<string> {
  const facts = new Set<string>();
  const add = (prefix: string, pattern: RegExp, source: string, map = (s: string) => s) => {
    for (const match of source.matchAll(pattern)) facts.add(`${prefix}:${map(match[1] as string)}`);
  };
  add('code', CODE, text);
  // Numbers, states and flags are read outside code spans and URLs: a span is compared whole.
  const prose = text.replace(CODE, ' ').replace(/\]\([^)]*\)/g, '] ').replace(/https?:\/\/\S+/g, ' ');
  add('rfc', RFC, prose);
  add('§', SECTION, prose);
  add('state', STATE, prose, (s) => s.replaceAll('-', '_'));
  add('flag', FLAG, prose);
  add('number', NUMBER, prose.replace(RFC, ' ').replace(SECTION, ' '));
  return facts;
}

/** A lesson's MDX split at its `##`/`###` headings (front matter and imports left out). */
export function lessonSections(source: string): SectionFacts[] {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/^import .*$/gm, '');
  const sections: { key: string; heading: string; lines: string[] }[] = [{ key: 'lead', heading: '', lines: [] }];
  const counts = new Map<number, number>();
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const heading = fence ? null : /^(#{2,3})\s+(.*)$/.exec(line);
    if (heading) {
      const level = (heading[1] as string).length;
      counts.set(level, (counts.get(level) ?? 0) + 1);
      const text = heading[2] as string;
      // A heading's ordinal ("2. SYN+ACK", zh "第二步") numbers the text, it is not a fact of it.
      sections.push({ key: `h${level}#${counts.get(level)}`, heading: text, lines: [text.replace(/^\d+\.\s+/, '')] });
    } else {
      (sections.at(-1) as { lines: string[] }).lines.push(line);
    }
  }
  return sections.map(({ key, heading, lines }) => ({ key, heading, facts: factsOf(lines.join('\n')) }));
}
