/**
 * A lesson's auto-graded quiz. The engine (src/quiz) makes the questions from a seed and grades
 * them; the quiz store keeps answers and grades; this renders and dispatches.
 *
 * The seed lives in the URL (`?seed=…`, kept by the quiz store): a shared link opens the same questions. The page is
 * built with the static questions of the quiz's default seed (<StaticQuiz>, passed in as
 * children, readable without JavaScript); once this island has hydrated it renders the live quiz
 * in their place, with the strings it was handed (its kinds' as props, those every quiz shows in
 * a data file the whole course shares) and the reason templates of the page's text blocks, which
 * it shares with the page's steppers (./page-texts.ts). A seed in the URL
 * then takes over, and "Try a new variant" draws one with crypto.getRandomValues.
 *
 * The default variant's questions come built, in a data file (./island-data.ts), so grading them
 * needs only each kind's grading part. Any other variant (a seed in the URL, the learner's own
 * last one, a new one) is dealt here by the engine, which is loaded the first time one is asked.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Locale } from '../i18n/locales.ts';
import type { ReasonMessages } from '../i18n/reason-format.ts';
import type { Question, QuizKind } from '../quiz/kinds/index.ts';
import type { QuizPool } from '../quiz/pool.ts';
import { formatSeed, parseSeed, seedOf, type Seed } from '../quiz/seed.ts';
import { $progress } from '../stores/progress.ts';
import { createQuizStore, isFinal } from '../stores/quiz.ts';
import { useIslandData } from './island-data.ts';
import { ProgressNotice } from './quiz/ProgressNotice.tsx';
import { StableQuestionCard } from './quiz/QuestionCard.tsx';
import { ResetProgress } from './quiz/ResetProgress.tsx';
import { usePageTexts } from './page-texts.ts';
import { format, type QuizStrings } from './quiz/strings.ts';

export interface QuizProps {
  /** The quiz as built (shown until the live one is ready). */
  children?: ComponentChildren;
  /** What progress is kept under (its lesson's id). */
  lesson: string;
  pool: QuizPool;
  kinds: readonly QuizKind[];
  count: number;
  /** The quiz's default seed (URL form): what the page was built with. */
  seed: string;
  /** Where the default seed's questions are: a data file the wrapper built. */
  questions: string;
  locale: Locale;
  /** The strings its kinds claim, of those its questions can show (src/lessons/island-strings.ts). */
  strings: Partial<QuizStrings>;
  /** Where the strings every quiz shows are: a data file, the same for every page of the language. */
  sharedStrings: string;
}

/** What the page's text blocks hold for a quiz: the reason templates its questions can show, under their exact keys. */
interface QuizTexts {
  readonly reasons: ReasonMessages;
}

function randomBits(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

export default function Quiz(props: QuizProps) {
  // A box of our own around the built quiz: client:visible watches the island's children, and
  // Astro's slot element (display: contents) has no box to be seen.
  // A quiz whose questions cite no reason brings no block: it may find none on the page.
  const texts = usePageTexts() as Partial<QuizTexts> | undefined;
  const questions = useIslandData<readonly Question[]>(props.questions);
  const shared = useIslandData<Partial<QuizStrings>>(props.sharedStrings);
  const strings = useMemo(() => shared && ({ ...shared, ...props.strings } as QuizStrings), [shared]);
  return texts && questions && strings ? (
    <LiveQuiz {...props} strings={strings} builtQuestions={questions} reasons={texts.reasons ?? {}} />
  ) : (
    <div class="quiz-built">{props.children}</div>
  );
}

function LiveQuiz({ lesson, pool, kinds, count, seed, builtQuestions, locale, strings: s, reasons }: Omit<QuizProps, 'strings' | 'sharedStrings'> & QuizTexts & { strings: QuizStrings; builtQuestions: readonly Question[] }) {
  const store = useMemo(() => {
    const built = parseSeed(seed);
    const deal = (other: Seed) => import('../quiz/quiz.ts').then(({ makeQuiz }) => makeQuiz(pool, other, kinds, count));
    return createQuizStore({ lesson, deal }, { seed: built.ok ? built.seed : seedOf(0), questions: builtQuestions });
  }, [lesson]);
  const state = useStore(store.$state);
  const progress = useStore($progress);
  const [live, setLive] = useState(false);

  // After hydration: a seed in the URL replaces the built one (an unreadable one is reported).
  // Answering waits for that variant: the one on screen until then may be about to go.
  useEffect(() => {
    void store.readSeed().then(() => setLive(true));
  }, [store]);

  const mine = progress.lessons[lesson];
  const idBase = `quiz-${lesson}`;
  return (
    <div class="quiz-live" data-testid="quiz" data-seed={formatSeed(state.seed)} data-live={live ? 'true' : 'false'}>
      <ProgressNotice s={s} />
      {state.badSeed && <p class="quiz-notice">{s['quiz.seedInvalid']}</p>}
      <p class="quiz-variant">{format(s, 'quiz.variant', { seed: formatSeed(state.seed) })}</p>
      <ol class="quiz-questions">
        {state.questions.map((question, i) => (
          <StableQuestionCard
            key={`${state.seed}-${i}`}
            question={question}
            response={state.responses[i]}
            grade={state.grades[i]}
            locked={isFinal(state.grades[i])}
            unanswered={state.unanswered[i] ?? false}
            enabled={live}
            idBase={`${idBase}-${i}`}
            s={s}
            reasons={reasons}
            locale={locale}
            onAnswer={(response) => store.answer(i, response)}
            onCheck={() => store.check(i)}
          />
        ))}
      </ol>
      <div class="quiz-actions">
        <button type="button" disabled={!live || state.score !== null} onClick={() => store.checkAll()}>
          {s['quiz.checkAll']}
        </button>
        <button
          type="button"
          disabled={!live}
          data-testid="quiz-new-variant"
          onClick={() => store.newVariant(randomBits())}
        >
          {s['quiz.newVariant']}
        </button>
      </div>
      <div aria-live="polite" data-testid="quiz-score">
        {state.score && <p class="quiz-score">{format(s, 'quiz.scoreDone', state.score)}</p>}
      </div>
      {mine && (
        <p class="quiz-saved" data-testid="quiz-saved" data-completed={String(mine.completed)}>
          {mine.completed && <strong>{s['progress.passed']} </strong>}
          {format(s, 'progress.saved', { ...mine.best, attempts: mine.attempts })}
        </p>
      )}
      <ResetProgress s={s} enabled={live} />
    </div>
  );
}
