/**
 * The lessons' front matter as the build reads it: each MDX file's YAML, validated by the lesson
 * schema. Tests take what a lesson teaches and what its quiz asks from here, as the build does,
 * rather than from a table of their own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lessonSchema, type LessonData } from '../src/lessons/schema.ts';
import { quizPoolOf } from '../src/lessons/teaching.ts';
import { QUIZ_KINDS, type QuizKind, type QuizPool } from '../src/quiz/index.ts';

const LESSONS_DIR = fileURLToPath(new URL('../content/lessons', import.meta.url));

/** A lesson file's front matter, validated (throws with the schema's message when it is not). */
export function frontMatterOf(source: string): LessonData {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (yaml === undefined) throw new Error('no front matter');
  return lessonSchema.parse(parse(yaml));
}

/** Every lesson of a language, as its front matter, keyed by file name (without .mdx). */
export function lessonsOf(locale: 'en' | 'zh'): Map<string, LessonData> {
  const dir = join(LESSONS_DIR, locale);
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .map((file) => [file.replace(/\.mdx$/, ''), frontMatterOf(readFileSync(join(dir, file), 'utf8'))]),
  );
}

/** The MDX source of a lesson. */
export function lessonSource(locale: 'en' | 'zh', file: string): string {
  return readFileSync(join(LESSONS_DIR, locale, `${file}.mdx`), 'utf8');
}

/** What each lesson with a <Quiz> asks, by lesson id (English files; the languages agree, tests/unit/lessons.test.ts). */
export function quizPools(): Map<string, QuizPool> {
  return new Map(
    [...lessonsOf('en')].filter(([file]) => /^<Quiz\s/m.test(lessonSource('en', file))).map(([, data]) => [data.id, quizPoolOf(data)]),
  );
}

/** The kinds each lesson's <Quiz> asks, by lesson id, as its `kinds` prop names them (all kinds when it names none). */
export function quizKinds(): Map<string, readonly QuizKind[]> {
  return new Map(
    [...lessonsOf('en')].flatMap(([file, data]) => {
      const tag = /^<Quiz\s[^>]*\/>/m.exec(lessonSource('en', file))?.[0];
      if (tag === undefined) return [];
      const list = /kinds=\{\[([^\]]*)\]\}/.exec(tag)?.[1];
      const kinds = list === undefined ? QUIZ_KINDS : [...list.matchAll(/'([^']+)'/g)].map((m) => m[1] as QuizKind);
      return [[data.id, kinds] as const];
    }),
  );
}
