/**
 * A Sätteri mdast plugin that puts each of a lesson's `##` sections in a <section>, and marks
 * the sections a browser may lay out only as they near the viewport (`content-visibility: auto`,
 * in global.css). A long lesson's first layout is most of the work of loading it on a phone's
 * CPU; with its later sections skipped, the first frame lays out the opening and the sections
 * near it, and each of the others costs its layout once, when it is scrolled to.
 *
 * Not deferred:
 *  - the first section: it is the page's first screen;
 *  - a section that holds an island: a stepper's ladder must not move while the sections above
 *    it are first laid out, a step link (`#step=N`) lands on its stepper, and an island's own
 *    code measures what it shows. Sections above an island may be deferred: the browser keeps
 *    what is on screen in place when something above it changes height (scroll anchoring).
 */
import type { Nodes, RootContent } from 'mdast';
import type { Custom, MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { lessonFileLocale } from './term-links.ts';

/** The lesson components that hydrate (a `client:` directive in their .astro file; a unit test checks the list). */
export const ISLAND_COMPONENTS: ReadonlySet<string> = new Set(['Stepper', 'HeaderExplorer', 'Quiz']);

/** The class of every section, and of those laid out only near the viewport. */
const SECTION_CLASS = 'lesson-section';
const DEFERRED_CLASS = 'is-deferred';

const holdsIsland = (node: Nodes): boolean =>
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && ISLAND_COMPONENTS.has(node.name ?? '')) ||
  ('children' in node && node.children.some(holdsIsland));

/** The document's top-level nodes with each `##` and what follows it, up to the next `##`, grouped. */
export function sectioned(children: readonly RootContent[]): (RootContent | Custom)[] {
  const out: (RootContent | Custom)[] = [];
  let open: RootContent[] | undefined;
  let sections = 0;
  const close = () => {
    if (!open) return;
    const deferred = sections > 1 && !open.some(holdsIsland);
    out.push({
      type: 'section',
      data: { hName: 'section', hProperties: { className: deferred ? [SECTION_CLASS, DEFERRED_CLASS] : [SECTION_CLASS] } },
      children: open,
    });
    open = undefined;
  };
  for (const node of children) {
    if (node.type === 'heading' && node.depth === 2) {
      close();
      open = [node];
      sections++;
      // Module-level statements stay at the top level of the document, where MDX needs them.
    } else if (open && node.type !== 'mdxjsEsm') open.push(node);
    else out.push(node);
  }
  close();
  return out;
}

const plugin: MdastPluginDefinition = {
  name: 'hw-lesson-sections',
  // After every other plugin's visitors: the sections hold the nodes as those left them.
  after(root, ctx) {
    if (!root.children.some((node) => node.type === 'heading' && node.depth === 2)) return;
    ctx.setProperty(root, 'children', sectioned(root.children));
  },
};

/** For lessons only: other pages are not written in Markdown sections. */
export const lessonSections = (): MdastPluginEntry => (file: PluginFactoryContext) => (lessonFileLocale(file.fileURL) ? plugin : null);
