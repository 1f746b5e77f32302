/**
 * The final exam: fifteen questions from every lesson's quiz (src/quiz/exam.ts makes them from a
 * seed), answered in any order and graded at the end, with a per-lesson breakdown linking back.
 * The page is built with the exam of its default seed, listed in brief (children) for reading
 * without JavaScript; once live, the address's seed, the kept unfinished exam or a new one
 * leaning to lessons not passed yet takes over (src/stores/exam.ts).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Locale } from '../i18n/locales.ts';
import type { ReasonMessages } from '../i18n/reason-format.ts';
import { examQuestions, type ExamLesson, type ExamQuestion } from '../quiz/exam.ts';
import { formatSeed, parseSeed, seedOf } from '../quiz/index.ts';
import { createExamStore, examToOpen, type ExamStore } from '../stores/exam.ts';
import { ExamResult, type ExamLessonLink } from './exam/ExamResult.tsx';
import { nextTask } from './next-task.ts';
import { ProgressNotice } from './quiz/ProgressNotice.tsx';
import { QuestionCard } from './quiz/QuestionCard.tsx';
import { format, type QuizStrings } from './quiz/strings.ts';

export interface ExamProps {
  children?: ComponentChildren;
  lessons: readonly ExamLesson[];
  /** Each lesson's title and address, for the breakdown's links and the question's note. */
  links: readonly ExamLessonLink[];
  progressHref: string;
  /** The default seed (URL form): the exam the page was built with. */
  seed: string;
  locale: Locale;
  /** quiz.*, progress.* and exam.* strings. */
  strings: QuizStrings;
  reasons: ReasonMessages;
}

function randomBits(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

export default function Exam(props: ExamProps) {
  const store = useOpenedExam(props);
  return store ? <LiveExam {...props} store={store} /> : <div class="quiz-built">{props.children}</div>;
}

/**
 * The store of the exam the page opens, once its questions are made; until then the page shows
 * the exam it was built with. The questions are made one a task: all fifteen at once (each is
 * simulated) were one task of 120–170 ms on a phone's CPU. Which exam opens is known at once, so
 * the built exam's cards are never drawn only to be replaced.
 */
function useOpenedExam({ lessons, seed }: ExamProps): ExamStore | null {
  const [store, setStore] = useState<ExamStore | null>(null);
  useEffect(() => {
    const built = parseSeed(seed);
    const opening = examToOpen(lessons, built.ok ? built.seed : seedOf(0), randomBits);
    let live = true;
    void (async () => {
      const questions: ExamQuestion[] = [];
      for (const question of examQuestions(lessons, opening.seed)) {
        questions.push(question);
        await nextTask();
        if (!live) return;
      }
      setStore(createExamStore(lessons, opening, randomBits, undefined, questions));
    })();
    return () => {
      live = false;
    };
  }, []);
  return store;
}

/**
 * How many of the exam's cards are drawn: a few more in each task until all are, so drawing and
 * laying out fifteen cards is not one long task on a phone's CPU (it was 170–270 ms there). A new
 * exam starts again from the first few.
 */
function useCardsDrawn(exam: unknown, total: number): number {
  const [drawn, setDrawn] = useState({ exam, count: CARDS_PER_TASK });
  const count = drawn.exam === exam ? drawn.count : CARDS_PER_TASK;
  useEffect(() => {
    if (count >= total) return;
    let live = true;
    void nextTask().then(() => live && setDrawn({ exam, count: count + CARDS_PER_TASK }));
    return () => {
      live = false;
    };
  }, [exam, count, total]);
  return Math.min(count, total);
}
const CARDS_PER_TASK = 3;

function LiveExam({ store, links, progressHref, locale, strings: s, reasons }: ExamProps & { store: ExamStore }) {
  const state = useStore(store.$state);
  const drawn = useCardsDrawn(state.questions, state.questions.length);
  const [confirming, setConfirming] = useState(false);

  const titleOf = (id: string) => links.find((l) => l.id === id)?.title ?? id;
  const answered = state.responses.filter((r) => r !== undefined).length;
  const missing = state.questions.length - answered;
  const submit = () => {
    setConfirming(false);
    store.submit();
  };
  return (
    // Live once every card is drawn.
    <div class="quiz-live" data-testid="exam" data-seed={formatSeed(state.seed)} data-live={String(drawn === state.questions.length)}>
      <ProgressNotice s={s} />
      {state.badSeed && <p class="quiz-notice">{s['quiz.seedInvalid']}</p>}
      <p class="quiz-variant">{format(s, 'exam.variant', { seed: formatSeed(state.seed) })}</p>
      {state.leaning && <p class="quiz-variant">{s['exam.leaning']}</p>}
      <ol class="quiz-questions">
        {state.questions.slice(0, drawn).map(({ lesson, question }, i) => (
          <QuestionCard
            key={`${state.seed}-${i}`}
            question={question}
            response={state.responses[i]}
            grade={state.outcome?.grades[i]}
            locked={state.outcome !== null}
            unanswered={false}
            enabled
            idBase={`exam-${i}`}
            s={s}
            reasons={reasons}
            locale={locale}
            checkable={false}
            note={format(s, 'exam.from', { lesson: titleOf(lesson) })}
            onAnswer={(response) => store.answer(i, response)}
            onCheck={() => undefined}
          />
        ))}
      </ol>
      {!state.outcome && (
        <div class="quiz-actions">
          <p aria-live="polite" data-testid="exam-answered">{format(s, 'exam.answered', { answered, total: state.questions.length })}</p>
          {confirming ? (
            <p role="group" aria-label={s['exam.submit']}>
              {format(s, 'exam.submitConfirm', { missing })}{' '}
              <button type="button" onClick={submit}>{s['exam.submitYes']}</button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>{s['exam.submitNo']}</button>
            </p>
          ) : (
            <button type="button" data-testid="exam-submit" onClick={() => (missing > 0 ? setConfirming(true) : submit())}>
              {s['exam.submit']}
            </button>
          )}
        </div>
      )}
      <div aria-live="polite">{state.outcome && <ExamResult outcome={state.outcome} links={links} progressHref={progressHref} s={s} />}</div>
      <div class="quiz-actions">
        <button type="button" data-testid="exam-new" onClick={() => { setConfirming(false); store.newExam(); }}>
          {s['exam.newVariant']}
        </button>
      </div>
    </div>
  );
}
