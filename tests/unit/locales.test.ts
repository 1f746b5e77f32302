import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localeUrl, normaliseBase, otherLocale, parsePath, withBase, locales } from '../../src/i18n/locales.ts';

const bases = fc.constantFrom('/', '/handshake-and-wave/', '/repo', 'repo/', '/a/b/');
const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const pagePaths = fc.array(segment, { maxLength: 3 }).map((parts) => parts.join('/'));

describe('normaliseBase', () => {
  it('gives one leading and one trailing slash', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('repo')).toBe('/repo/');
    expect(normaliseBase('/repo/')).toBe('/repo/');
  });
});

describe('localeUrl', () => {
  it('puts English at the root and Chinese under zh/, always under the base', () => {
    expect(localeUrl('/', 'en')).toBe('/');
    expect(localeUrl('/', 'zh')).toBe('/zh/');
    expect(localeUrl('/repo/', 'en', 'lessons/how-to-use')).toBe('/repo/lessons/how-to-use/');
    expect(localeUrl('/repo', 'zh', '/lessons/how-to-use/')).toBe('/repo/zh/lessons/how-to-use/');
  });

  it('round-trips through parsePath for every locale, base and page (language switch target)', () => {
    fc.assert(
      fc.property(bases, fc.constantFrom(...locales), pagePaths, (base, locale, pagePath) => {
        // A page path starting with "zh" would be ambiguous in English; the site has none.
        fc.pre(!pagePath.startsWith('zh'));
        const href = localeUrl(base, locale, pagePath);
        expect(href.startsWith(normaliseBase(base))).toBe(true);
        expect(href.endsWith('/')).toBe(true);
        expect(parsePath(base, href)).toEqual({ locale, pagePath });
        const switched = parsePath(base, localeUrl(base, otherLocale(locale), pagePath));
        expect(switched).toEqual({ locale: otherLocale(locale), pagePath });
      }),
    );
  });
});

describe('withBase (root-relative links in lessons)', () => {
  it('prefixes root-relative links once', () => {
    expect(withBase('/repo/', '/lessons/x/')).toBe('/repo/lessons/x/');
    expect(withBase('/repo/', '/zh/lessons/x/#part')).toBe('/repo/zh/lessons/x/#part');
    expect(withBase('/repo/', '/repo/lessons/x/')).toBe('/repo/lessons/x/');
  });

  it('leaves other links alone', () => {
    for (const href of ['https://www.rfc-editor.org/rfc/rfc9293', '//cdn.example/x', '#top', 'relative/', 'mailto:a@b.c']) {
      expect(withBase('/repo/', href)).toBe(href);
    }
    expect(withBase('/', '/lessons/x/')).toBe('/lessons/x/');
  });
});
