// The section plugin, run through Sätteri as the build runs it: each `##` and what follows it
// becomes a <section>; the first section and every section holding an island are laid out at
// once, the others only near the viewport; pages that are not lessons are left alone.
import { readdirSync, readFileSync } from 'node:fs';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ISLAND_COMPONENTS, lessonSections } from '../../src/plugins/lesson-sections.ts';

const lessonFile = new URL('file:///site/content/lessons/en/some-lesson.mdx');
const html = async (source: string, fileURL = lessonFile) => (await markdownToHtml(source, { mdastPlugins: [lessonSections()], fileURL })).html;
/** Each <section>'s class and the id-less text of its heading, in order. */
const sectionsIn = (out: string) => [...out.matchAll(/<section class="([^"]*)"><h2>([^<]*)<\/h2>/g)].map((m) => [m[2], m[1]]);

describe('lesson sections', () => {
  it('groups each ## with what follows it, and leaves what comes before the first outside', async () => {
    const out = await html('Lead.\n\n## One\n\nA.\n\n### Deeper\n\nB.\n\n## Two\n\nC.\n\n## Three\n\n- d\n');
    expect(out).toMatch(/^<p>Lead\.<\/p>\s*<section class="lesson-section"><h2>One<\/h2>/);
    expect(out).toContain('<h3>Deeper</h3><p>B.</p></section>');
    expect(sectionsIn(out)).toEqual([
      ['One', 'lesson-section'],
      ['Two', 'lesson-section is-deferred'],
      ['Three', 'lesson-section is-deferred'],
    ]);
  });

  it('lays out a section that holds an island at once, and defers one that holds a static component', async () => {
    const { code } = await mdxToJs('## One\n\nA.\n\n## Two\n\n<Stepper scenario="x" />\n\n## Three\n\n<Callout>\n\nB.\n\n</Callout>\n\n## Four\n\n<div>\n<Quiz />\n</div>\n', {
      mdastPlugins: [lessonSections()],
      fileURL: lessonFile,
    });
    const classes = [...code.matchAll(/className: "([^"]*)"/g)].map((m) => m[1]);
    expect(classes).toEqual(['lesson-section', 'lesson-section', 'lesson-section is-deferred', 'lesson-section']);
  });

  it('keeps import statements at the top level, where MDX needs them', async () => {
    const { code } = await mdxToJs('## One\n\nA.\n\nimport { Callout } from "@lesson";\n\n## Two\n\nB.\n', { mdastPlugins: [lessonSections()], fileURL: lessonFile });
    expect(code).toMatch(/^import \{ Callout \} from "@lesson";/m);
  });

  it('leaves a page without ## headings, and any file that is not a lesson, as it was', async () => {
    expect(await html('Just text.\n\n### Small\n')).not.toContain('<section');
    expect(await html('## One\n\n## Two\n', new URL('file:///site/src/pages/about.md'))).not.toContain('<section');
  });

  it('knows every lesson component that hydrates: those whose .astro file has a client: directive', () => {
    const folder = new URL('../../src/components/lesson/', import.meta.url);
    const hydrating = readdirSync(folder)
      .filter((file) => file.endsWith('.astro') && /\sclient:[a-z]+/.test(readFileSync(new URL(file, folder), 'utf8')))
      .map((file) => file.replace(/\.astro$/, ''));
    expect(hydrating.length).toBeGreaterThan(0);
    expect([...ISLAND_COMPONENTS].sort()).toEqual(hydrating.sort());
  });
});
