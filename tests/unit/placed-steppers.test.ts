import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { steppersPlacedIn } from '../../src/lessons/placed-steppers.ts';
import { pageStepperRuns, stepperKey, stepperRuns } from '../../src/lessons/stepper-build.ts';

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const mdxOf = (lang: string, file: string) => readFileSync(new URL(`${lang}/${file}`, lessonsDir), 'utf8');

describe('the steppers a lesson places', () => {
  it('are read with their scenario, params and profiles, in document order, and nothing else', () => {
    const mdx = [
      "import { Stepper } from '@lesson';",
      '',
      '<Stepper scenario="normal-open" title="Ignored" ownsHash={false} />',
      '',
      'Some prose with <Stepper scenario="rst-closed-port" profiles={["linux"]} /> inline.',
      '',
      "<Stepper scenario=\"old-duplicate-after-reconnect\" params={{ reconnect: 'after-2msl', 'delay': 0.05, shift: -1, on: true, none: null }} profiles={['rfc9293']} />",
    ].join('\n');
    expect(steppersPlacedIn(mdx)).toEqual([
      { scenario: 'normal-open' },
      { scenario: 'rst-closed-port', profiles: ['linux'] },
      { scenario: 'old-duplicate-after-reconnect', params: { reconnect: 'after-2msl', delay: 0.05, shift: -1, on: true, none: null }, profiles: ['rfc9293'] },
    ]);
  });

  it.each([
    ['a name', '<Stepper scenario="normal-open" params={defaults} />', /literal values.*Identifier/],
    ['a call', '<Stepper scenario="normal-open" profiles={all()} />', /literal values.*CallExpression/],
    ['a spread', '<Stepper scenario="normal-open" profiles={[...all]} />', /without holes or spreads/],
    ['a computed key', '<Stepper scenario="normal-open" params={{ [key]: 1 }} />', /plain properties/],
    ['no scenario', '<Stepper profiles={["linux"]} />', /without a scenario/],
  ])('refuses what the build cannot read: %s', (_what, mdx, message) => {
    expect(() => steppersPlacedIn(mdx)).toThrow(message);
  });

  it('are the same in both languages of every lesson', () => {
    const files = readdirSync(new URL('en/', lessonsDir)).filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(steppersPlacedIn(mdxOf('zh', file)), file).toEqual(steppersPlacedIn(mdxOf('en', file)));
  });
});

describe('a page’s steppers share one data file', () => {
  const placed = steppersPlacedIn(mdxOf('en', 'time-wait.mdx'));

  it('holds the runs of each placed stepper in page order, and says where each one’s are', () => {
    expect(placed).toHaveLength(3);
    placed.forEach((input, index) => {
      const page = pageStepperRuns(input, placed);
      expect(page.at).toBe(index);
      expect(page.runs).toEqual(placed.map((other) => stepperRuns(other).runs));
      expect(page.runs[page.at]).toBe(stepperRuns(input).runs);
    });
  });

  it('gives a stepper the page does not list a file of its own', () => {
    const elsewhere = { scenario: 'normal-open' as const };
    expect(pageStepperRuns(elsewhere, placed)).toEqual({ runs: [stepperRuns(elsewhere).runs], at: 0 });
  });

  it('knows a placement by what decides its runs, whatever the order of its params', () => {
    const a = { scenario: 'normal-open' as const, params: { clientIsn: 1, serverIsn: 2 } };
    const b = { scenario: 'normal-open' as const, params: { serverIsn: 2, clientIsn: 1 } };
    expect(stepperKey(a)).toBe(stepperKey(b));
    expect(stepperKey(a)).not.toBe(stepperKey({ ...a, profiles: ['linux'] }));
    expect(stepperRuns(a)).toBe(stepperRuns(b));
  });
});
