/**
 * The final exam: fifteen questions from every lesson's quiz (src/quiz/exam.ts makes them from a
 * seed), answered in any order and graded at the end, with a per-lesson breakdown linking back.
 * The page is built with the exam of its default seed, listed in brief (children) for reading
 * without JavaScript; once live, the address's seed, the kept unfinished exam or a new one
 * leaning to lessons not passed yet takes over (src/stores/exam.ts).
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Locale } from '../i18n/locales.ts';
import type { ReasonMessages } from '../i18n/reason-format.ts';
import type { ExamLesson } from '../quiz/exam.ts';
import { formatSeed, parseSeed, seedOf } from '../quiz/index.ts';
import { createExamStore } from '../stores/exam.ts';
import { ExamResult, type ExamLessonLink } from './exam/ExamResult.tsx';
import { useHydrated } from './hydrated.ts';
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
  return useHydrated() ? <LiveExam {...props} /> : <div class="quiz-built">{props.children}</div>;
}

function LiveExam({ lessons, links, progressHref, seed, locale, strings: s, reasons }: ExamProps) {
  const built = parseSeed(seed);
  // Started before the first render, not in an effect: which exam to show is known at once, and
  // drawing the built exam's fifteen cards only to replace them all cost a phone's CPU a second
  // long task of rendering and another of layout.
  const store = useMemo(() => {
    const created = createExamStore(lessons, built.ok ? built.seed : seedOf(0));
    created.start(randomBits);
    return created;
  }, []);
  const state = useStore(store.$state);
  const [confirming, setConfirming] = useState(false);

  const titleOf = (id: string) => links.find((l) => l.id === id)?.title ?? id;
  const answered = state.responses.filter((r) => r !== undefined).length;
  const missing = state.questions.length - answered;
  const submit = () => {
    setConfirming(false);
    store.submit();
  };
  return (
    <div class="quiz-live" data-testid="exam" data-seed={formatSeed(state.seed)} data-live="true">
      <ProgressNotice s={s} />
      {state.badSeed && <p class="quiz-notice">{s['quiz.seedInvalid']}</p>}
      <p class="quiz-variant">{format(s, 'exam.variant', { seed: formatSeed(state.seed) })}</p>
      {state.leaning && <p class="quiz-variant">{s['exam.leaning']}</p>}
      <ol class="quiz-questions">
        {state.questions.map(({ lesson, question }, i) => (
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
        <button type="button" data-testid="exam-new" onClick={() => { setConfirming(false); store.newExam(randomBits); }}>
          {s['exam.newVariant']}
        </button>
      </div>
    </div>
  );
}
