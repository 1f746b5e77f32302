/**
 * Where a page's first screen ends in its HTML: at the second section heading (the second <h2>
 * in <main>), found with a real HTML parser (parse5, with source offsets). For a lesson that is
 * its title, lead and "What you will learn"; a page with fewer than two section headings is all
 * first screen.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

/** The elements under `node` in document order. */
function* elementsIn(node: Node): Generator<Element> {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!isElement(child)) continue;
    yield child;
    yield* elementsIn(child);
  }
}

/** The offset (in UTF-16 units of `html`) where the first screen ends. */
export function firstScreenEnd(html: string): number {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const main = [...elementsIn(document)].find((element) => element.tagName === 'main');
  const secondHeading = main ? [...elementsIn(main)].filter((element) => element.tagName === 'h2')[1] : undefined;
  return secondHeading?.sourceCodeLocation?.startOffset ?? html.length;
}
