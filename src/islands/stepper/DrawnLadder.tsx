/**
 * A lesson stepper's ladder as the build drew it, shown at the current frame (./ladder-frame.ts).
 * The default profile's drawing is the one in the page's static picture; the other profiles'
 * drawings come in a data file, fetched when the learner first picks one. So the browser never
 * downloads the ladder's layout code, and hydrating never draws the ladder a second time.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '../../core/types.ts';
import { fetchIslandData } from '../island-data.ts';
import { showFrame } from './ladder-frame.ts';

/** The drawings of one stepper's runs, by profile. */
export interface DrawnLadders {
  /** The profile's drawing, if it is here (the page's own, or one fetched before). */
  now(profile: Profile): SVGSVGElement | undefined;
  /** Fetches the profile's drawing. */
  load(profile: Profile): Promise<unknown>;
}

/**
 * `own`: the drawing of the default profile found in the page; `others`: the URL of the data file
 * with the other profiles' drawings (profile → SVG markup), if the stepper offers any.
 */
export function drawnLadders(own: { profile: Profile; svg: SVGSVGElement | null }, others: string | undefined): DrawnLadders {
  const drawings = new Map<Profile, SVGSVGElement>();
  if (own.svg) drawings.set(own.profile, own.svg);
  return {
    now: (profile) => drawings.get(profile),
    load: async (profile) => {
      if (!others) return;
      const markup = (await fetchIslandData<Partial<Record<Profile, string>>>(others))[profile];
      if (markup === undefined || drawings.has(profile)) return;
      const parsed = document.createElement('template');
      parsed.innerHTML = markup;
      drawings.set(profile, parsed.content.firstElementChild as SVGSVGElement);
    },
  };
}

export function DrawnLadder({ ladders, profile, current }: { ladders: DrawnLadders; profile: Profile; current: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [, loaded] = useState(0);
  const svg = ladders.now(profile);
  useEffect(() => {
    if (!svg) void ladders.load(profile).then(() => loaded((n) => n + 1), () => undefined);
  }, [svg, profile]);
  // Before paint, so a step never shows the frame before it. Until a picked profile's drawing has
  // come, the box keeps the one it has.
  useLayoutEffect(() => {
    if (!svg) return;
    if (svg.parentNode !== box.current) box.current!.replaceChildren(svg);
    showFrame(svg, current);
  }, [svg, current]);
  return <div ref={box} />;
}
