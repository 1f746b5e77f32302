// The two languages of each lesson state the same facts, section by section.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonSections } from './lesson-facts.ts';

const dir = new URL('../../content/lessons/', import.meta.url);
const files = readdirSync(new URL('en/', dir)).filter((f) => f.endsWith('.mdx'));
const read = (lang: string, file: string) => readFileSync(new URL(`${lang}/${file}`, dir), 'utf8');

describe('lesson facts helper', () => {
  it('reads numbers, RFC sections, states, flags and code spans per section', () => {
    const [lead, first] = lessonSections(
      '---\nid: x\n---\nimport { A } from "b";\nLead 1.5 s.\n\n## One\nSYN-SENT on SYN+ACK, RFC 9293 §3.10.7.4, `connect()` at 40 ms, IPv4.',
    );
    expect([...(lead?.facts ?? [])]).toEqual(['number:1.5']);
    expect(first?.key).toBe('h2#1');
    expect([...(first?.facts ?? [])].sort()).toEqual(
      ['code:connect()', 'flag:ACK', 'flag:SYN', 'number:40', 'rfc:9293', 'state:SYN_SENT', '§:3.10.7.4'].sort(),
    );
  });

  it('finds a fact added to one language alone', () => {
    const en = lessonSections('## A\nThe ACK arrives after 40 ms.');
    const zh = lessonSections('## 甲\nACK 在 200 ms 后到达。');
    expect([...(en[1]?.facts ?? [])]).not.toEqual([...(zh[1]?.facts ?? [])]);
  });
});

describe.each(files)('%s in English and Chinese', (file) => {
  const en = lessonSections(read('en', file));
  const zh = lessonSections(read('zh', file));

  it('has the same sections', () => {
    expect(zh.map((s) => s.key)).toEqual(en.map((s) => s.key));
  });

  it.each(en.map((section, i) => [section.key, section.heading, i] as const))('section %s (%s) states the same facts', (_key, _heading, i) => {
    const ours = [...(en[i]?.facts ?? [])].sort();
    const theirs = [...(zh[i]?.facts ?? [])].sort();
    const onlyEn = ours.filter((f) => !theirs.includes(f));
    const onlyZh = theirs.filter((f) => !ours.includes(f));
    expect({ onlyEn, onlyZh }, `facts of "${en[i]?.heading}" / "${zh[i]?.heading}"`).toEqual({ onlyEn: [], onlyZh: [] });
  });
});
