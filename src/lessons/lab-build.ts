/**
 * Build-time work for the lab's pages: each level's words in the page's language, and the run of
 * its solution for the static picture (rendered at build time, never shipped as code).
 */
import { simulate, type Run } from '../core/simulate.ts';
import { dictionaries, type Locale, type UiKey } from '../i18n/index.ts';
import { reasonMessagesOf, type ReasonMessages } from '../i18n/reason-format.ts';
import { stepperStringsOf, type StepperStrings } from '../i18n/sections/stepper.ts';
import { LEVELS, type Level } from '../lab/levels.ts';
import { toScenario } from '../lab/setup.ts';

export interface LevelWords {
  readonly title: string;
  readonly goal: string;
  readonly hint: string;
}

export function levelWords(level: Level, locale: Locale): LevelWords {
  const d = dictionaries[locale];
  const word = (part: keyof LevelWords) => d[`lab.level.${level.id}.${part}` as UiKey];
  return { title: word('title'), goal: word('goal'), hint: word('hint') };
}

/** The lab's page paths below the locale root. */
export const labPath = (levelId?: string): string => (levelId ? `lab/${levelId}` : 'lab');

/** The workbench's own strings, keys without 'lab.': what the island can show, and no page text. */
export function benchStrings(locale: Locale): Record<string, string> {
  const entries = Object.entries(dictionaries[locale] as Readonly<Record<string, string>>);
  return Object.fromEntries(
    entries.filter(([key]) => /^lab\.(bench|fault|old|handshake|problem|side)\./.test(key)).map(([key, text]) => [key.slice('lab.'.length), text]),
  );
}

export interface LevelBuild {
  readonly level: Level;
  /** 1-based position in the list of levels. */
  readonly n: number;
  readonly words: LevelWords;
  readonly solutionRun: Run;
  readonly strings: StepperStrings;
  readonly messages: ReasonMessages;
}

export function levelBuild(levelId: string, locale: Locale): LevelBuild {
  const n = LEVELS.findIndex((l) => l.id === levelId) + 1;
  const level = LEVELS[n - 1];
  if (!level) throw new Error(`no lab level "${levelId}" in src/lab/levels.ts`);
  const dictionary = dictionaries[locale];
  return {
    level,
    n,
    words: levelWords(level, locale),
    solutionRun: simulate(toScenario(level.solution)),
    strings: stepperStringsOf(dictionary),
    messages: reasonMessagesOf(dictionary),
  };
}
