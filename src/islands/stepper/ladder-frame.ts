/**
 * What a frame changes in a ladder drawing, and the same change made to a drawing already on the
 * page. The drawing of every frame is one picture (arrows, marks, labels: ./ladder.ts lays them
 * out) that only its classes and in-flight lines tell apart, so the lesson stepper animates the
 * ladder the build drew instead of downloading the layout code to draw it again. <Ladder> draws a
 * frame from these same rules, and an end-to-end test holds the two drawings equal frame by frame.
 */
import { LADDER, rowY } from './ladder-geometry.ts';

/** Where an arrow's segment is at the current frame. */
export type ArrowPhase = 'past' | 'arrived' | 'leaving' | 'flying' | 'future';

/** An arrow's times: the frames it leaves at and arrives (or is lost) at. */
export interface ArrowTimes {
  readonly sentAt: number;
  readonly endsAt: number;
}

export function phaseOf(a: ArrowTimes, current: number | null): ArrowPhase {
  if (current === null || a.endsAt < current) return 'past';
  if (a.endsAt === current) return 'arrived';
  if (a.sentAt === current) return 'leaving';
  return a.sentAt < current ? 'flying' : 'future';
}

/** How much of the way a segment has come at the current frame (1 unless it is on the way). */
export function progressOf(a: ArrowTimes, phase: ArrowPhase, current: number | null): number {
  if (current === null || (phase !== 'leaving' && phase !== 'flying')) return 1;
  return Math.max(0.2, (current - a.sentAt) / (a.endsAt - a.sentAt));
}

export function arrowClass(phase: ArrowPhase, a: { readonly injected: boolean; readonly lost: boolean }): string {
  return `lad-arrow is-${phase}${a.injected ? ' is-injected' : ''}${a.lost ? ' is-lost' : ''}`;
}

export function markClass(frame: number, current: number | null): string {
  return current === null || frame < current ? 'lad-mark' : frame === current ? 'lad-mark is-current' : 'lad-mark is-future';
}

/** The band behind the current row. */
export function nowBand(current: number): { x: number; y: number; width: number; height: number } {
  return { x: 0, y: rowY(current) - LADDER.row / 2, width: LADDER.width, height: LADDER.row };
}

const SVG = 'http://www.w3.org/2000/svg';

/** The frame a row's y stands for (a drawn y is a frame's time, see rowY). */
const frameAt = (y: number): number => (y - LADDER.top) / LADDER.row;

/** Each arrow's full line as the build drew it, read once: a frame shortens the line of a segment on the way. */
const drawnEnds = new WeakMap<Element, readonly string[]>();
const ENDS = ['x1', 'y1', 'x2', 'y2'] as const;

/** Writes an attribute only when it changes: a write of the same value still costs the browser a style pass. */
function set(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Shows frame `current` in a ladder drawn as the static picture (every step alike): the current
 * row's band, each mark past, current or to come, each arrow in its phase, a segment on the way
 * drawn as far as it got over the rest of its path. The times come from the drawing itself: a
 * row's y is its frame.
 */
export function showFrame(svg: SVGSVGElement, current: number): void {
  let band = svg.querySelector(':scope > .lad-now');
  if (current > 0) {
    if (!band) {
      band = document.createElementNS(SVG, 'rect');
      band.setAttribute('class', 'lad-now');
      svg.prepend(band);
    }
    for (const [name, value] of Object.entries(nowBand(current))) set(band, name, String(value));
  } else band?.remove();

  for (const mark of svg.querySelectorAll('.lad-mark')) {
    set(mark, 'class', markClass(frameAt(Number(mark.querySelector('circle')!.getAttribute('cy'))), current));
  }

  for (const arrow of svg.querySelectorAll('.lad-arrow')) {
    const line = arrow.querySelector('line:not(.lad-rest)')!;
    let ends = drawnEnds.get(line);
    if (!ends) drawnEnds.set(line, (ends = ENDS.map((name) => line.getAttribute(name)!)));
    const [x1, y1, x2, y2] = ends.map(Number) as [number, number, number, number];
    const lost = arrow.classList.contains('is-lost');
    // A lost segment's line stops halfway to where it would have arrived.
    const times = { sentAt: frameAt(y1), endsAt: frameAt(lost ? 2 * y2 - y1 : y2) };
    const phase = phaseOf(times, current);
    const f = progressOf(times, phase, current);
    set(arrow, 'class', arrowClass(phase, { injected: arrow.classList.contains('is-injected'), lost }));
    let rest = arrow.querySelector('.lad-rest');
    if (f < 1 && !rest) {
      rest = line.cloneNode() as Element;
      ENDS.forEach((name, i) => rest!.setAttribute(name, ends[i]!));
      rest.setAttribute('class', 'lad-rest');
      line.before(rest);
    } else if (f === 1) rest?.remove();
    set(line, 'x2', f === 1 ? ends[2]! : String(x1 + (x2 - x1) * f));
    set(line, 'y2', f === 1 ? ends[3]! : String(y1 + (y2 - y1) * f));
  }
}
