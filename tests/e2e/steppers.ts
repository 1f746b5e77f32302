/**
 * The connection steppers of the built site, for the e2e specs: each stepper's props as the build
 * wrote them, the runs the core made for every profile it offers (the data file the island
 * fetches), and the checks that the live stepper shows a given frame of that run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { unpackRun, type PackedRun } from '../../src/core/run-data.ts';
import type { Replay } from '../../src/core/simulate.ts';
import { createTimeline, type TimelineCursor } from '../../src/core/timeline.ts';
import type { Profile } from '../../src/core/types.ts';
import { expect } from './fixtures.ts';
import { builtPages, DIST, type Lang, type SitePage } from './site.ts';

export interface StepperOnPage {
  page: SitePage;
  /** Which stepper of the page, in document order. */
  index: number;
  /** The island's props as the build wrote them: where its runs are (the page's file, and its place in it), its link's id. */
  props: { runs: string; at: number; ownsHash?: boolean; id: string };
  /** The run of each profile it offers, default first, as the island fetches them. */
  runs: Replay[];
  /** The profiles it offers, default first. */
  profiles: Profile[];
}

/** Astro's island props encoding: [0, value] for plain values, [1, [...]] for arrays, objects recursively. */
export function decodeProps(value: unknown): unknown {
  if (Array.isArray(value)) {
    const [kind, inner] = value as [number, unknown];
    if (kind === 1) return (inner as unknown[]).map(decodeProps);
    return decodeProps(inner);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeProps(v)]));
  }
  return value;
}

/** A built data file, by the URL an island fetches it from. */
export function builtData(url: string): unknown {
  const name = /_data\/([0-9a-f]{16}\.json)$/.exec(url)?.[1];
  if (!name) throw new Error(`not a data file's URL: ${url}`);
  return JSON.parse(readFileSync(join(DIST, '_data', name), 'utf8'));
}

export function steppersIn(page: SitePage): StepperOnPage[] {
  return steppersInRoute(page.route).map((stepper) => ({ ...stepper, page }));
}

/** The steppers of a built page, by its route, in document order. */
export function steppersInRoute(route: string): Omit<StepperOnPage, 'page'>[] {
  const html = readFileSync(join(DIST, route, 'index.html'), 'utf8');
  return [...html.matchAll(/<astro-island[^>]*component-url="[^"]*ConnectionStepper[^"]*"[^>]*props="([^"]*)"/g)].map((m, index) => {
    const props = decodeProps(JSON.parse((m[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'))) as StepperOnPage['props'];
    const runs = ((builtData(props.runs) as PackedRun[][])[props.at] ?? []).map(unpackRun);
    return { index, props, runs, profiles: runs.map((run) => run.profile) };
  });
}

/** The first stepper that passes `where`, on the first page of `lang` that has one. */
export function firstStepper(lang: Lang, where: (s: StepperOnPage) => boolean): StepperOnPage | undefined {
  for (const page of builtPages().filter((p) => p.lang === lang)) {
    const found = steppersIn(page).find(where);
    if (found) return found;
  }
  return undefined;
}

/** The run the stepper shows for a profile (its default's when it offers no such profile). */
export function runOf({ runs }: Pick<StepperOnPage, 'runs'>, profile?: Profile): Replay {
  return runs.find((run) => run.profile === profile) ?? (runs[0] as Replay);
}
export const timelineOf = (s: Pick<StepperOnPage, 'runs'>, profile?: Profile): TimelineCursor => createTimeline(runOf(s, profile));

export const ownsHash = (s: StepperOnPage): boolean => s.props.ownsHash ?? true;

/** Scrolls to the stepper until it has hydrated (the static picture is swapped out meanwhile). */
export async function liveStepper(page: Page, { index }: Pick<StepperOnPage, 'index'>): Promise<Locator> {
  const island = page.locator('astro-island[component-url*="ConnectionStepper"]').nth(index);
  const live = island.locator('.stp.is-live');
  await expect(async () => {
    await island.locator('.stp').first().scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(live).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(island.locator('.stp-static')).toHaveCount(0);
  return live;
}

export async function openStepper(page: Page, stepper: StepperOnPage, hash = ''): Promise<Locator> {
  await page.goto(`${stepper.page.url}${hash}`);
  return liveStepper(page, stepper);
}

/** The stepper shows frame i of the timeline: the step, both endpoints' states, the highlighted row. */
export async function expectFrame(stepper: Locator, timeline: TimelineCursor, i: number): Promise<void> {
  await expect(stepper).toHaveAttribute('data-step', String(i));
  const frame = timeline.at(i);
  await expect(stepper.getByTestId('stepper-state')).toHaveText([frame.client.state, frame.server.state]);
  await expect(stepper.locator('.lad-now')).toHaveCount(i > 0 ? 1 : 0);
  if (i > 0) {
    // The highlighted row is this step's: the marks drawn on it are the current ones.
    const band = stepper.locator('.lad-now');
    const top = Number(await band.getAttribute('y'));
    const bottom = top + Number(await band.getAttribute('height'));
    const current = await stepper.locator('.lad-mark.is-current circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cy'))));
    for (const y of current) expect(y > top && y < bottom, `mark at y=${y} inside the band ${top}..${bottom}`).toBe(true);
  }
}
