// The first-mention link plugin, run through Sätteri as the build runs it: each term's first
// mention in a lesson links to its glossary entry (a state's to the states page once it exists),
// once per page, never in headings, code, links or diagrams, in both languages.
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lessonFileLocale, termLinks, type TermLinkOptions } from '../../src/plugins/term-links.ts';

const lessonFile = (lang: string) => new URL(`file:///site/content/lessons/${lang}/some-lesson.mdx`);
const html = async (source: string, lang = 'en', options: TermLinkOptions = { base: '/b/', statesPage: false }) =>
  (await markdownToHtml(source, { mdastPlugins: [termLinks(options)], fileURL: lessonFile(lang) })).html;
/** The [text, href] of every link the plugin made. */
const termLinksIn = (out: string) => [...out.matchAll(/<a href="([^"]*)" class="term-link"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[2], m[1]]);

describe('first mentions', () => {
  it.each([
    ['links a term once per page', 'A SYN, then another SYN.', [['SYN', '/b/glossary/#syn']]],
    ['takes the longest term at a place', 'Its initial sequence number, then a sequence number.', [['initial sequence number', '/b/glossary/#initial-sequence-number'], ['sequence number', '/b/glossary/#sequence-number']]],
    ['matches a capitalised first word', 'Sequence numbers wrap.', [['Sequence numbers', '/b/glossary/#sequence-number']]],
    ['does not take SYN inside SYN+ACK, SYN_SENT or SND.NXT', 'SYN+ACK moves SYN_SENT on; SND.NXT grows.', [['SYN_SENT', '/b/glossary/#syn-sent'], ['SND.NXT', '/b/glossary/#snd-nxt']]],
    ['counts both spellings of a state as one', 'TIME_WAIT, then TIME-WAIT.', [['TIME_WAIT', '/b/glossary/#time-wait']]],
    ['links several terms of one text', 'The FIN and its ACK.', [['FIN', '/b/glossary/#fin'], ['ACK', '/b/glossary/#ack']]],
  ])('%s', async (_what, source, expected) => {
    expect(termLinksIn(await html(source))).toEqual(expected);
  });

  it.each([
    ['a heading', '## The SYN\n\nA SYN.'],
    ['inline code', '`SYN` and then a SYN.'],
    ['an existing link', '[a SYN](/x/) and then a SYN.'],
    ['a mermaid diagram', '```mermaid\nC->>S: SYN\n```\n\nA SYN.'],
  ])('skips %s, and links the next mention instead', async (_what, source) => {
    const out = await html(source);
    expect(termLinksIn(out)).toEqual([['SYN', '/b/glossary/#syn']]);
    expect(out).toMatch(/<a href="\/b\/glossary\/#syn" class="term-link" data-term="syn">SYN<\/a>\.<\/p>/);
  });

  it('skips the text of a drawing component, and links inside a callout', async () => {
    const { code } = await mdxToJs('<TraceDiagram>SYN</TraceDiagram>\n\n<Callout>\n\nA SYN.\n\n</Callout>\n', {
      mdastPlugins: [termLinks({ base: '/', statesPage: false })],
      fileURL: lessonFile('en'),
    });
    expect(code.match(/"data-term": "syn"/g)).toHaveLength(1);
    expect(code.indexOf('"data-term": "syn"')).toBeGreaterThan(code.indexOf('Callout, {'));
  });

  it.each([
    ['三次握手之后，又是三次握手。', [['三次握手', '/b/zh/glossary/#three-way-handshake']]],
    ['初始序号和序号。', [['初始序号', '/b/zh/glossary/#initial-sequence-number'], ['序号', '/b/zh/glossary/#sequence-number']]],
    ['半连接队列里的半连接。', [['半连接队列', '/b/zh/glossary/#syn-queue'], ['半连接', '/b/zh/glossary/#pending-handshake']]],
    ['SYN+ACK 之后进入 SYN_RECEIVED。', [['SYN_RECEIVED', '/b/zh/glossary/#syn-received']]],
  ])('in Chinese: %s', async (source, expected) => {
    expect(termLinksIn(await html(source, 'zh'))).toEqual(expected);
  });

  it('links a state to the states page once that page exists, other terms still to the glossary', async () => {
    const out = await html('SYN, then SYN-SENT.', 'zh', { base: '/', statesPage: true });
    expect(termLinksIn(out)).toEqual([['SYN', '/zh/glossary/#syn'], ['SYN-SENT', '/zh/states/#syn-sent']]);
  });

  it('leaves files that are not lessons alone', async () => {
    const { html: out } = await markdownToHtml('A SYN.', { mdastPlugins: [termLinks({ base: '/', statesPage: false })], fileURL: new URL('file:///site/README.md') });
    expect(termLinksIn(out)).toEqual([]);
    expect(lessonFileLocale(new URL('file:///site/content/lessons/zh/x.mdx'))).toBe('zh');
    expect(lessonFileLocale(undefined)).toBeUndefined();
  });
});
