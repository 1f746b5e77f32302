/**
 * Build-time work for the pages that ask across the whole course (the exam, the mistake
 * notebook): each lesson with a quiz, what its quiz asks, and the strings and reason templates
 * every one of those questions can show, in the page's language.
 */
import { dictionaries, lessonPath, type Locale } from '../i18n/index.ts';
import { reasonMessagesOf, type ReasonMessages } from '../i18n/reason-format.ts';
import type { ExamLesson } from '../quiz/exam.ts';
import type { QuizKind } from '../quiz/index.ts';
import type { Lesson } from './index.ts';
import { pickReasonMessages, quizIslandStrings } from './island-strings.ts';
import { quizKindsOf, reasonKeysOf } from './quiz-build.ts';
import { quizPoolOf } from './teaching.ts';

/** A lesson as the progress page and the exam list it: with its quiz, if it has one. */
export interface CourseLesson {
  readonly id: string;
  readonly title: string;
  /** Its path below the locale root ('lessons/tcp-header'). */
  readonly path: string;
  readonly hasQuiz: boolean;
}

export interface CourseQuiz {
  readonly lessons: readonly CourseLesson[];
  readonly examLessons: readonly ExamLesson[];
  readonly island: { readonly strings: Readonly<Record<string, string>>; readonly reasons: ReasonMessages };
}

/** The course's lessons (in course order) and everything their quizzes can show. */
export function courseQuizOf(lessons: readonly Lesson[], locale: Locale): CourseQuiz {
  const examLessons: ExamLesson[] = lessons.flatMap((lesson) => {
    const kinds = quizKindsOf(lesson.body ?? '');
    return kinds ? [{ id: lesson.data.id, pool: quizPoolOf(lesson.data), kinds }] : [];
  });
  const kinds = [...new Set(examLessons.flatMap((l) => l.kinds))] as QuizKind[];
  const reasonKeys = new Set(examLessons.flatMap((l) => [...reasonKeysOf(l.pool, l.kinds)]));
  const dictionary = dictionaries[locale];
  const withQuiz = new Set(examLessons.map((l) => l.id));
  return {
    lessons: lessons.map((l) => ({ id: l.data.id, title: l.data.title, path: lessonPath(l.data.id), hasQuiz: withQuiz.has(l.data.id) })),
    examLessons,
    island: {
      strings: quizIslandStrings(dictionary, kinds),
      reasons: pickReasonMessages(reasonKeys, reasonMessagesOf(dictionary)),
    },
  };
}
