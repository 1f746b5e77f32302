/**
 * A Sätteri mdast plugin that links a lesson's first mention of each glossary term to its entry
 * (`glossary/#sequence-number`), and of each connection state to the states reference page
 * (`states/#time-wait`) once that page exists (until then to the state's glossary entry). Once
 * per page per term; never inside a heading, a link, code or a diagram. Driven by the glossary's
 * data (src/lessons/glossary.ts), so no lesson spells these links out.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import type { Link, Parents, Text } from 'mdast';
import { isLocale, localeUrl, type Locale } from '../i18n/locales.ts';
import { GLOSSARY, type GlossaryTerm } from '../lessons/glossary.ts';
import { termMatcher } from '../lessons/term-match.ts';

export interface TermLinkOptions {
  /** The site's base path with a trailing slash, e.g. `/` or `/REPO/`. */
  readonly base: string;
  /** Whether the states reference page is built: state names link there, else to the glossary. */
  readonly statesPage: boolean;
  readonly terms?: readonly GlossaryTerm[];
}

/** Where nothing is linked: headings, links, and components that draw rather than write. */
const SKIPPED_PARENTS = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html']);
const SKIPPED_COMPONENTS = new Set(['TraceDiagram', 'Stepper', 'HeaderExplorer', 'Quiz', 'StatusCodes']);

/** The language of a lesson file (`content/lessons/zh/x.mdx` → zh); undefined for anything else. */
export function lessonFileLocale(fileURL: URL | undefined): Locale | undefined {
  if (!fileURL) return undefined;
  const match = /[\\/]content[\\/]lessons[\\/]([a-z]{2})[\\/][^\\/]+\.mdx?$/.exec(fileURLToPath(fileURL));
  return isLocale(match?.[1]) ? match?.[1] : undefined;
}

export function termHref(term: GlossaryTerm, locale: Locale, { base, statesPage }: TermLinkOptions): string {
  const page = term.state && statesPage ? 'states' : 'glossary';
  return `${localeUrl(base, locale, page)}#${term.id}`;
}

export function termLinks(options: TermLinkOptions): MdastPluginEntry {
  const terms = options.terms ?? GLOSSARY;
  const matchers = { en: termMatcher(terms, 'en'), zh: termMatcher(terms, 'zh') };
  // A factory: each lesson gets its own plugin instance, and with it its own set of terms seen.
  return (file: PluginFactoryContext) => {
    const locale = lessonFileLocale(file.fileURL);
    if (!locale) return null;
    const match = matchers[locale];
    const seen = new Set<string>();
    const plugin: MdastPluginDefinition = {
      name: 'hw-term-links',
      text(node, ctx) {
        for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
          if (SKIPPED_PARENTS.has(parent.type)) return;
          if ((parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') && SKIPPED_COMPONENTS.has(parent.name ?? '')) return;
        }
        const pieces = match(node.value, seen);
        if (!pieces) return;
        ctx.replaceNode(
          node,
          pieces.map((piece): Text | Link =>
            piece.term
              ? {
                  type: 'link',
                  url: termHref(piece.term, locale, options),
                  children: [{ type: 'text', value: piece.text }],
                  data: { hProperties: { className: ['term-link'], dataTerm: piece.term.id } },
                }
              : { type: 'text', value: piece.text },
          ),
        );
      },
    };
    return plugin;
  };
}
