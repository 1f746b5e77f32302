/**
 * <TraceDiagram>'s build-time work: run a library scenario through the core, write the run as a
 * mermaid sequence diagram (participants named in the page's language, numbers symbolic, relative
 * or absolute, each state change as a note), and render it with the shell's diagram renderer into
 * the same figure of two lazy images that ```mermaid blocks become. No JavaScript reaches the page.
 */
import { join } from 'node:path';
import { sequenceDiagramOf, type NumberStyle } from '../../core/mermaid.ts';
import { SCENARIOS, type ScenarioId } from '../../core/scenarios.ts';
import { simulate } from '../../core/simulate.ts';
import { flagsLabel } from '../../core/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import { en as stepperEn } from '../../i18n/sections/stepper.en.ts';
import { zh as stepperZh } from '../../i18n/sections/stepper.zh.ts';
import { createDiagramRenderer } from '../../plugins/mermaid/render.ts';
import { diagramFigureHtml } from '../../plugins/mermaid/source.ts';

export interface TraceDiagramInput {
  readonly scenario: ScenarioId;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly numbers?: NumberStyle;
  /** Draw each state change as a note (default true). */
  readonly states?: boolean;
  /** The diagram's text alternative, in the page's language: required, as for ```mermaid blocks. */
  readonly title: string;
  readonly description: string;
}

const PARTICIPANTS = { en: stepperEn, zh: stepperZh } as const;

/** The mermaid text of a scenario's run. Pure and deterministic: same input, same text, same files. */
export function traceDiagramSource(input: TraceDiagramInput, locale: Locale): string {
  const { scenario, params = {}, numbers = 'symbolic', states = true, title, description } = input;
  const entry = SCENARIOS[scenario];
  if (!entry) throw new Error(`<TraceDiagram scenario="${scenario}">: no such scenario in src/core/scenarios.ts`);
  if (!title.trim() || !description.trim()) {
    throw new Error(`<TraceDiagram scenario="${scenario}">: title and description are required (they become the diagram's text alternative)`);
  }
  const build = entry.build as (p: Readonly<Record<string, unknown>>) => Parameters<typeof simulate>[0];
  const strings = PARTICIPANTS[locale];
  return sequenceDiagramOf(simulate(build(params)), {
    names: { client: strings['stepper.client'], server: strings['stepper.server'] },
    numbers,
    states,
    accTitle: title,
    accDescr: description,
    segmentLabel: (s) => [flagsLabel(s.flags), `seq=${s.seq}`, s.ack === null ? '' : `ack=${s.ack}`, s.len > 0 ? `len=${s.len}` : ''].filter(Boolean).join(' '),
  });
}

// One renderer for the build, sharing the Markdown plugin's cache directory (astro.config.mjs),
// so build:done copies these SVGs to dist/_diagrams/ like any other diagram. Astro runs from the
// project root, which is where that cache lives.
let render: ReturnType<typeof createDiagramRenderer> | undefined;

/** The figure's HTML, under the site's base path (e.g. `/` or `/handshake-and-wave/`). */
export async function traceDiagramHtml(input: TraceDiagramInput, locale: Locale, base: string): Promise<string> {
  render ??= createDiagramRenderer(join(process.cwd(), 'node_modules', '.cache', 'hw-mermaid'));
  const diagram = await render(traceDiagramSource(input, locale));
  return diagramFigureHtml(base, diagram, { title: input.title, description: input.description });
}
