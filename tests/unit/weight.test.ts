import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  FIRST_FLIGHT_BYTES,
  JS_BUDGET_BYTES,
  lessonMessageFiles,
  compressedSizes,
  dynamicImports,
  extractRefs,
  formatTable,
  measurePage,
  mediaBlocksScreen,
  siteRelativePath,
  staticImports,
  type AssetReader,
} from '../../scripts/weight.ts';

const BASE = '/hw/';

/** A tiny built site: site-relative path → file contents. */
function siteOf(files: Record<string, string | Uint8Array>): AssetReader {
  return (path) => {
    const content = files[path];
    return typeof content === 'string' ? Buffer.from(content) : content;
  };
}

const page = (head: string, body = '<main>Hello</main>'): string =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('extractRefs', () => {
  it('finds blocking stylesheets, scripts, module preloads and islands', () => {
    const refs = extractRefs(
      page(
        `<link rel="stylesheet" href="/hw/_astro/a.css"><link rel=stylesheet href='/hw/_astro/b.css'>
         <link rel="stylesheet" href="/hw/print.css" media="print">
         <link rel="modulepreload" href="/hw/_astro/pre.js"><link rel="icon" href="/hw/favicon.svg">
         <script type="module" src="/hw/_astro/page.js"></script>`,
        `<astro-island uid="1" component-url="/hw/_astro/Quiz.js" renderer-url="/hw/_astro/client.js"></astro-island>`,
      ),
    );
    expect(refs.stylesheets).toEqual(['/hw/_astro/a.css', '/hw/_astro/b.css']);
    expect(refs.scripts.sort()).toEqual(['/hw/_astro/Quiz.js', '/hw/_astro/client.js', '/hw/_astro/page.js', '/hw/_astro/pre.js']);
    expect(refs.hasIslands).toBe(true);
  });

  it('counts inline style and script bytes, but not JSON data or commented-out markup', () => {
    const refs = extractRefs(
      page(
        `<style>a{color:red}</style><script>document.documentElement.dataset.theme="dark"</script>
         <script type="application/ld+json">{"@type":"Course"}</script>
         <!-- <link rel="stylesheet" href="/hw/old.css"> <astro-island> -->`,
      ),
    );
    expect(refs.inlineStyleBytes).toBe('a{color:red}'.length);
    expect(refs.inlineScriptBytes).toBe('document.documentElement.dataset.theme="dark"'.length);
    expect(refs.stylesheets).toEqual([]);
    expect(refs.hasIslands).toBe(false);
  });

  it('does not mistake markup inside an inline script for a tag', () => {
    const refs = extractRefs(page(`<script>const s = '<link rel="stylesheet" href="/x.css">';</script>`));
    expect(refs.stylesheets).toEqual([]);
  });
});

describe('which stylesheets block', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['all', true],
    ['screen', true],
    ['(min-width: 40rem)', true],
    ['screen and (min-width: 40rem)', true],
    ['print, screen', true],
    ['not print', true],
    ['print', false],
    ['only print', false],
    ['PRINT', false],
    ['print and (orientation: landscape)', false],
    ['speech', false],
  ])('media %j blocks a screen: %s', (media, blocks) => {
    expect(mediaBlocksScreen(media)).toBe(blocks);
  });

  it('separates blocking sheets, the island swap (media=print + onload), preloads and <noscript> sheets', () => {
    const refs = extractRefs(
      page(
        `<link rel="stylesheet" href="/hw/_astro/Base.css">
         <link rel="stylesheet" href="/hw/_astro/wide.css" media="screen and (min-width: 60rem)">
         <link rel="preload" as="style" href="/hw/_astro/pre.css">
         <link rel="stylesheet" href="/hw/_astro/off.css" disabled>`,
        `<main>Text</main>
         <link rel="stylesheet" href="/hw/_astro/quiz.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="/hw/_astro/quiz.css"></noscript>
         <noscript><p>Needs JavaScript</p></noscript><link rel="stylesheet" href="/hw/_astro/late.css">`,
      ),
    );
    expect(refs.stylesheets).toEqual(['/hw/_astro/Base.css', '/hw/_astro/wide.css', '/hw/_astro/late.css']);
    expect(refs.noscriptStylesheets).toEqual(['/hw/_astro/quiz.css']);
  });

  it('does not count a <noscript> sheet twice when the page also blocks on it', () => {
    const refs = extractRefs(
      page('<link rel="stylesheet" href="/hw/a.css"><noscript><link rel="stylesheet" href="/hw/a.css"></noscript>'),
    );
    expect(refs.stylesheets).toEqual(['/hw/a.css']);
    expect(refs.noscriptStylesheets).toEqual([]);
  });
});

describe('staticImports', () => {
  it('follows static imports and re-exports of our files, not dynamic imports or packages', () => {
    const js = `import{h as e}from"./preact.js";import"./side.js";export{a}from'../shared.js';import x from "preact";const l=()=>import("./lazy.js");`;
    expect(staticImports(js)).toEqual(['./preact.js', './side.js', '../shared.js']);
  });
});

describe('siteRelativePath', () => {
  it('resolves absolute and relative URLs under the base', () => {
    expect(siteRelativePath('/hw/_astro/a.css', 'zh/index.html', BASE)).toBe('_astro/a.css');
    expect(siteRelativePath('../_astro/a.css', 'zh/index.html', BASE)).toBe('_astro/a.css');
    expect(siteRelativePath('./b.js', '_astro/a.js', BASE)).toBe('_astro/b.js');
  });

  it('says when an URL leaves the site (other origin, or missing the base)', () => {
    expect(siteRelativePath('https://cdn.example/x.js', 'index.html', BASE)).toBeUndefined();
    expect(siteRelativePath('/_astro/a.css', 'index.html', BASE)).toBeUndefined();
  });
});

describe('measurePage', () => {
  it('passes a light page without islands or scripts', () => {
    const html = page('<link rel="stylesheet" href="/hw/_astro/a.css"><script>/* theme */</script>');
    const weight = measurePage('index.html', html, BASE, siteOf({ '_astro/a.css': 'body{margin:0}' }));
    expect(weight.problems).toEqual([]);
    expect(weight.html.raw).toBe(Buffer.byteLength(html));
    expect(weight.css.raw).toBe('body{margin:0}'.length);
    expect(weight.css.gzip).toBeGreaterThan(0);
    expect(weight.jsFiles).toEqual([]);
  });

  it('fails a page without islands that loads a script file', () => {
    const html = page('<script type="module" src="/hw/_astro/analytics.js"></script>');
    const weight = measurePage('index.html', html, BASE, siteOf({ '_astro/analytics.js': 'console.log(1)' }));
    expect(weight.problems).toEqual([expect.stringContaining('has no islands but loads JavaScript: _astro/analytics.js')]);
  });

  it('allows scripts on a page with islands and counts their static imports once', () => {
    const html = page(
      '',
      '<astro-island component-url="/hw/_astro/Quiz.js" renderer-url="/hw/_astro/client.js"></astro-island>',
    );
    const site = siteOf({
      '_astro/Quiz.js': 'import{h}from"./preact.js";export default 1',
      '_astro/client.js': 'import{render}from"./preact.js";',
      '_astro/preact.js': 'export const h=1,render=2',
    });
    const weight = measurePage('lessons/quiz/index.html', html, BASE, site);
    expect(weight.problems).toEqual([]);
    expect(weight.jsFiles.sort()).toEqual(['_astro/Quiz.js', '_astro/client.js', '_astro/preact.js']);
    expect(weight.js.raw).toBe(
      ['import{h}from"./preact.js";export default 1', 'import{render}from"./preact.js";', 'export const h=1,render=2']
        .map((text) => text.length)
        .reduce((a, b) => a + b),
    );
  });

  it('fails when HTML + blocking CSS is over 14 KB gzip, even if each alone is under it', () => {
    // Random hex compresses only to about half: 7 500 random bytes → ~7.9 KB gzip each.
    const noise = (bytes: number): string => randomBytes(bytes).toString('hex');
    const html = page('<link rel="stylesheet" href="/hw/big.css">', `<main>${noise(7_500)}</main>`);
    const css = `/*${noise(7_500)}*/`;
    const htmlGzip = compressedSizes(Buffer.from(html)).gzip;
    const cssGzip = compressedSizes(Buffer.from(css)).gzip;
    expect(htmlGzip).toBeLessThan(FIRST_FLIGHT_BYTES);
    expect(htmlGzip + cssGzip).toBeGreaterThan(FIRST_FLIGHT_BYTES);

    const weight = measurePage('index.html', html, BASE, siteOf({ 'big.css': css }));
    expect(weight.problems).toEqual([expect.stringMatching(/HTML \+ blocking CSS is \d+ B gzip, over the 14336 B/)]);
  });

  it('keeps the island swap and <noscript> sheets out of the first flight, but measures them', () => {
    const html = page(
      '<link rel="stylesheet" href="/hw/base.css">',
      '<link rel="stylesheet" href="/hw/island.css" media="print" onload="this.media=\'all\'"><noscript><link rel="stylesheet" href="/hw/island.css"></noscript>',
    );
    const site = siteOf({ 'base.css': 'body{margin:0}', 'island.css': '.island{padding:1rem}' });
    const weight = measurePage('index.html', html, BASE, site);
    expect(weight.css.raw).toBe('body{margin:0}'.length);
    expect(weight.noscriptCss.raw).toBe('.island{padding:1rem}'.length);
  });

  it('fails an over-budget page whose big sheet blocks through a media query that matches screens', () => {
    const noise = (bytes: number): string => randomBytes(bytes).toString('hex');
    const html = page('<link rel="stylesheet" href="/hw/big.css" media="screen and (min-width: 1px)">', `<main>${noise(7_500)}</main>`);
    const weight = measurePage('index.html', html, BASE, siteOf({ 'big.css': `/*${noise(7_500)}*/` }));
    expect(weight.problems).toEqual([expect.stringMatching(/HTML \+ blocking CSS is \d+ B gzip, over the 14336 B/)]);
  });

  it('reports a referenced asset that is not in the build', () => {
    const weight = measurePage('index.html', page('<link rel="stylesheet" href="/hw/gone.css">'), BASE, siteOf({}));
    expect(weight.problems).toEqual(['references /hw/gone.css, which is not in the build']);
  });
});

describe('formatTable', () => {
  it('prints one row per page with sizes and the island flag', () => {
    const weight = measurePage('zh/index.html', page(''), BASE, siteOf({}));
    const table = formatTable([weight]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^\| page +\| HTML/);
    expect(table[2]).toMatch(/^\| zh\/index\.html \|.*\| no +\|/);
  });
});

describe('lazy JavaScript', () => {
  const island = (props = '') =>
    `<astro-island component-url="/hw/_astro/Quiz.js" renderer-url="/hw/_astro/client.js" props="${props}"></astro-island>`;
  const site = siteOf({
    '_astro/Quiz.js': 'const m={en:()=>import(`./extra.en.A.js`),zh:()=>import("./extra.zh.B.js")};',
    '_astro/client.js': 'export default 1',
    '_astro/extra.en.A.js': 'import{t}from"./more.en.D.js";export const s="Check"',
    '_astro/extra.zh.B.js': 'import{t}from"./more.zh.E.js";export const s="检查"',
    '_astro/more.en.D.js': 'export const t="en"',
    '_astro/more.zh.E.js': 'export const t="zh"',
  });

  it('finds dynamic imports of our chunks', () => {
    expect(dynamicImports('a(()=>import(`./x.js`));import("./y.js");import(url)')).toEqual(['./x.js', './y.js']);
  });

  it.each([
    ['en', ['_astro/Quiz.js', '_astro/client.js', '_astro/extra.en.A.js', '_astro/more.en.D.js']],
    ['zh-CN', ['_astro/Quiz.js', '_astro/client.js', '_astro/extra.zh.B.js', '_astro/more.zh.E.js']],
  ])('counts the lazily loaded chunks of the page language (%s) only', (lang, files) => {
    const html = page('', island()).replace('lang="en"', `lang="${lang}"`);
    expect(measurePage('lessons/x/index.html', html, BASE, site).jsFiles.sort()).toEqual(files);
  });

  it('finds the lesson message files a module names', () => {
    expect(lessonMessageFiles('a={"x.en":()=>g("/hw/_astro/lesson.x.en.Ab_1.json"),"tcp-header.zh":()=>g(`/hw/_astro/lesson.tcp-header.zh.Q-2.json`)}')).toEqual([
      { url: '/hw/_astro/lesson.x.en.Ab_1.json', key: 'x.en' },
      { url: '/hw/_astro/lesson.tcp-header.zh.Q-2.json', key: 'tcp-header.zh' },
    ]);
  });

  it('counts the message file the islands name in their `messages` prop, and no other', () => {
    const messageSite = siteOf({
      '_astro/Quiz.js': 'const l={"x.en":()=>get("/hw/_astro/lesson.x.en.F.json"),"x.zh":()=>get("/hw/_astro/lesson.x.zh.G.json")};',
      '_astro/client.js': '',
      '_astro/lesson.x.en.F.json': '{"quiz":{}}',
      '_astro/lesson.x.zh.G.json': '{"quiz":{}}',
    });
    const withKey = (key: string) => page('', island(`{&quot;messages&quot;:[0,&quot;${key}&quot;]}`));
    expect(measurePage('lessons/x/index.html', withKey('x.en'), BASE, messageSite).jsFiles.sort()).toEqual([
      '_astro/Quiz.js',
      '_astro/client.js',
      '_astro/lesson.x.en.F.json',
    ]);
    const missing = measurePage('lessons/x/index.html', withKey('y.en'), BASE, messageSite);
    expect(missing.problems).toEqual(['its islands fetch the messages "y.en", but no script names their file']);
  });

  it('fails a page with islands over the 35 KB JavaScript budget', () => {
    const big = siteOf({ '_astro/Quiz.js': `/*${randomBytes(36_000).toString('hex')}*/`, '_astro/client.js': '' });
    const weight = measurePage('lessons/x/index.html', page('', island()), BASE, big);
    expect(weight.js.gzip).toBeGreaterThan(JS_BUDGET_BYTES);
    expect(weight.problems).toEqual([expect.stringMatching(/loads \d+ B gzip of JavaScript, over the 35840 B budget/)]);
  });

  it('passes a page with islands just under the budget', () => {
    const under = siteOf({ '_astro/Quiz.js': `/*${randomBytes(33_000).toString('hex')}*/`, '_astro/client.js': '' });
    const weight = measurePage('lessons/x/index.html', page('', island()), BASE, under);
    expect(weight.js.gzip).toBeGreaterThan(35_000);
    expect(weight.js.gzip).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(weight.problems).toEqual([]);
  });
});
