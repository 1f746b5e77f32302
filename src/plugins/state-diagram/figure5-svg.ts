/**
 * Draws the Figure 5 layout (src/core/figure5.ts) as one self-contained SVG: a layer, a theme, and
 * the words of one language. Pure string building, so the same input gives the same bytes and the
 * build needs no browser for it. Label widths are not measured: the grid leaves room for the
 * longest label in either language (tests/unit/figure5-svg.test.ts checks the estimate).
 */
import { arcLabel, type ArcLabelLine, type OpenQualifier } from '../../core/figure5-labels.ts';
import { layerOf, pathData, type DiagramArc, type DiagramLayer, type Figure5Layout, type StateBox } from '../../core/figure5.ts';
import type { TcpState } from '../../core/types.ts';
import { diagramFontFamily, type Variant } from '../mermaid/source.ts';

/** The words a drawing needs, in one language. */
export interface Figure5Words {
  readonly event: (line: ArcLabelLine) => string;
  readonly action: (line: ArcLabelLine) => string;
  /** The second layer's one-line form: "rcv RST", "ABORT / snd RST". */
  readonly exitLine: (line: ArcLabelLine) => string;
  readonly qualifier: (qualifier: OpenQualifier) => string;
  readonly notModelled: string;
  readonly title: string;
  readonly description: string;
}

interface Palette {
  readonly background: string;
  readonly text: string;
  readonly box: string;
  readonly arc: string;
  readonly more: string;
  readonly muted: string;
}

// The site's own colours (src/styles/global.css): text, surface, accent, muted.
const PALETTES: Readonly<Record<Variant, Palette>> = {
  light: { background: '#ffffff', text: '#1b1e24', box: '#f3f5f8', arc: '#1b1e24', more: '#b3261e', muted: '#5c6370' },
  dark: { background: '#15171b', text: '#e7e9ec', box: '#1e2126', arc: '#e7e9ec', more: '#ff8a80', muted: '#a9b1bd' },
};

export const STATE_FONT_SIZE = 15;
export const LABEL_FONT_SIZE = 13;
const LINE = 16;

/** RFC 9293's hyphenated state names, as Figure 5 and §3.3.2 write them. */
export function stateName(state: TcpState): string {
  return state.replace(/_/g, '-');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}"${attrs}>${escapeXml(content)}</text>`;
}

function boxSvg(box: StateBox): string {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const exit = box.kind === 'exit';
  return [
    `<rect class="${exit ? 'exit' : 'state'}" x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="${exit ? 12 : 6}"/>`,
    text(cx, cy, stateName(box.state), ` class="${exit ? 'exit-name' : 'state-name'}" text-anchor="middle" dominant-baseline="central"`),
  ].join('');
}

/** A label's width in px, estimated: CJK and full-width characters take 1 em, others about 0.56. */
export function estimateTextWidth(content: string, fontSize = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const ch of content) em += /[\u2E80-\uFFEF]/.test(ch) ? 1 : ch === ' ' ? 0.28 : 0.56;
  return Math.ceil(em * fontSize);
}

export interface LabelText {
  readonly lines: readonly string[];
  /** Figure 5's rule under the event: the first line is the event, the second the action. */
  readonly ruled: boolean;
}

/**
 * The lines an arc's label shows, top to bottom. An arc with one event reads as Figure 5 writes it,
 * event over action ("x" when nothing is sent); an arc to one of the second layer's exits lists each
 * way out on a line of its own.
 */
export function labelLines(arc: DiagramArc, words: Figure5Words): LabelText {
  const label = arcLabel(arc);
  const line = label.lines[0]!;
  if (label.lines.length > 1 || arc.to.startsWith('closed-from-')) return { lines: label.lines.map(words.exitLine), ruled: false };
  const lines = [words.event({ ...line, qualifier: undefined }), words.action(line)];
  if (line.qualifier) lines.push(words.qualifier(line.qualifier));
  if (!label.modelled) lines.push(words.notModelled);
  return { lines, ruled: true };
}

/** One line of a label where the drawing puts it: its baseline at y, aligned at x by `anchor`. */
export interface PlacedLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Figure 5's qualifier or "not modelled" line, set apart in italics. */
  readonly aside: boolean;
}

export function placeLabel(arc: DiagramArc, words: Figure5Words): { lines: PlacedLine[]; rule?: { x1: number; x2: number; y: number } } {
  const { lines, ruled } = labelLines(arc, words);
  const { x, y, anchor, style } = arc.label;
  const place = (i: number, ly: number): PlacedLine => ({ text: lines[i]!, x, y: ly, anchor, aside: ruled && i > 1 });
  if (style === 'straddle') return { lines: lines.map((_, i) => place(i, i === 0 ? y - 6 : y + 15 + LINE * (i - 1))) };
  const placed = lines.map((_, i) => place(i, y + LINE * i + (ruled && i > 0 ? 4 : 0)));
  if (!ruled) return { lines: placed };
  const w = Math.max(estimateTextWidth(lines[0]!), estimateTextWidth(lines[1]!));
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { lines: placed, rule: { x1, x2: x1 + w, y: y + 5 } };
}

const HAN = /\p{Script=Han}/u;

function labelSvg(arc: DiagramArc, words: Figure5Words): string {
  const { lines, rule } = placeLabel(arc, words);
  const cls = arc.layer === 'more' ? 'label more' : arc.modelled ? 'label' : 'label not-modelled';
  // Chinese has no italics: a font would only slant its glyphs, so a Chinese aside stays upright.
  const classes = (l: PlacedLine) => [cls, ...(l.aside ? ['aside'] : []), ...(HAN.test(l.text) ? ['han'] : [])].join(' ');
  const parts = lines.map((l) => text(l.x, l.y, l.text, ` class="${classes(l)}" text-anchor="${l.anchor}"`));
  if (rule) parts.splice(1, 0, `<line class="rule" x1="${rule.x1}" y1="${rule.y}" x2="${rule.x2}" y2="${rule.y}"/>`);
  return parts.join('');
}

function arcSvg(arc: DiagramArc): string {
  const cls = arc.layer === 'more' ? 'arc more' : arc.modelled ? 'arc' : 'arc not-modelled';
  const marker = arc.layer === 'more' ? 'more' : arc.modelled ? 'main' : 'muted';
  return `<path class="${cls}" d="${pathData(arc.points)}" marker-end="url(#head-${marker})"/>`;
}

function marker(id: string, colour: string): string {
  return `<marker id="head-${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colour}"/></marker>`;
}

/** One layer of the drawing (`'more'` is Figure 5 plus the second layer) as an SVG document. */
export function figure5Svg(layout: Figure5Layout, layer: DiagramLayer, variant: Variant, words: Figure5Words): { svg: string; width: number; height: number } {
  const colours = PALETTES[variant];
  const { boxes, arcs } = layerOf(layout, layer);
  const view = layer === 'figure5' ? layout.figure5View : { x: 0, y: 0, w: layout.width, h: layout.height };
  const style = [
    // The drawing is shown at its figure's width: glyphs scale with it rather than asking the
    // browser for a font of every scaled size (as the mermaid diagrams do).
    `text{font-family:${diagramFontFamily};fill:${colours.text};text-rendering:geometricPrecision}`,
    `.state-name{font-size:${STATE_FONT_SIZE}px;font-weight:700}`,
    `.exit-name{font-size:11px;font-weight:700;fill:${colours.more}}`,
    `.label{font-size:${LABEL_FONT_SIZE}px}`,
    `.label.more{fill:${colours.more}}`,
    `.label.not-modelled,.label.aside{fill:${colours.muted};font-style:italic}`,
    `.label.han{font-style:normal}`,
    `rect.state{fill:${colours.box};stroke:${colours.arc};stroke-width:1.5}`,
    `rect.exit{fill:${colours.background};stroke:${colours.more};stroke-width:1.2;stroke-dasharray:4 3}`,
    `.arc{fill:none;stroke:${colours.arc};stroke-width:1.5}`,
    `.arc.more{stroke:${colours.more};stroke-dasharray:6 4}`,
    `.arc.not-modelled{stroke:${colours.muted};stroke-dasharray:2 4}`,
    `.rule{stroke:${colours.muted};stroke-width:1}`,
  ].join('');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.w}" height="${view.h}" viewBox="${view.x} ${view.y} ${view.w} ${view.h}" role="img">`,
    `<title>${escapeXml(words.title)}</title><desc>${escapeXml(words.description)}</desc>`,
    `<defs>${marker('main', colours.arc)}${marker('more', colours.more)}${marker('muted', colours.muted)}</defs>`,
    `<style>${style}</style>`,
    `<rect x="${view.x}" y="${view.y}" width="${view.w}" height="${view.h}" fill="${colours.background}"/>`,
    ...arcs.map(arcSvg),
    ...boxes.map(boxSvg),
    ...arcs.map((arc) => labelSvg(arc, words)),
    '</svg>',
  ].join('\n');
  return { svg: svg + '\n', width: view.w, height: view.h };
}
