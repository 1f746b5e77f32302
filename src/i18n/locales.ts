/**
 * Locales and locale-aware URLs. Pure: the base path is passed in, so this is
 * unit-testable; `./index.ts` binds it to Astro's `import.meta.env.BASE_URL`.
 */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Values for `<html lang>` and `hreflang` (BCP 47). */
export const htmlLang: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-CN' };

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}

/** `'/'`, `'/REPO'`, `'/REPO/'` → `'/'`, `'/REPO/'`, `'/REPO/'`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The URL of a page in a locale, always under the base path and always with a
 * trailing slash (the site is built with `trailingSlash: 'always'`).
 * `pagePath` is locale-neutral: `''` for home, `'lessons/how-to-use'` for a lesson.
 */
export function localeUrl(base: string, locale: Locale, pagePath = ''): string {
  const segments = [locale === defaultLocale ? '' : locale, pagePath]
    .map((s) => s.replace(/^\/+|\/+$/g, ''))
    .filter((s) => s !== '');
  const tail = segments.length === 0 ? '' : `${segments.join('/')}/`;
  return `${normaliseBase(base)}${tail}`;
}

/**
 * Split a pathname (which includes the base) into its locale and its
 * locale-neutral page path; the inverse of `localeUrl`.
 */
export function parsePath(base: string, pathname: string): { locale: Locale; pagePath: string } {
  const root = normaliseBase(base);
  const inside = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  const [first = '', ...rest] = inside.split('/').filter((s) => s !== '');
  if (isLocale(first) && first !== defaultLocale) return { locale: first, pagePath: rest.join('/') };
  return { locale: defaultLocale, pagePath: [first, ...rest].filter((s) => s !== '').join('/') };
}

/**
 * Prefix a root-relative link written in a lesson (`/lessons/x/`) with the
 * base path. Leaves external, protocol-relative, fragment and relative links
 * alone, and does not prefix twice.
 */
export function withBase(base: string, href: string): string {
  const root = normaliseBase(base);
  if (!href.startsWith('/') || href.startsWith('//') || root === '/') return href;
  if (href === root.slice(0, -1) || href.startsWith(root)) return href;
  return `${root}${href.slice(1)}`;
}
