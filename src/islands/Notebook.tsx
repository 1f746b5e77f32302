/**
 * The mistake notebook on the progress page: every situation answered wrong, with the learner's
 * answer and the right one; "Practise" asks a fresh variant of each in turn (the engine makes it
 * from the entry's situation and a new seed, src/quiz/practice.ts), and two right answers in a row
 * take an entry out (src/quiz/notebook.ts). Questions are shown with the quiz's own cards. The
 * engine that deals them is loaded when the learner first asks to practise.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales.ts';
import type { ReasonMessages } from '../i18n/reason-format.ts';
import { mistakeKey } from '../quiz/notebook.ts';
import { grade, untouchedResponse } from '../quiz/answers.ts';
import { isQuizKind } from '../quiz/kinds/grading/index.ts';
import type { AnswerValue, Grade, Question, Response } from '../quiz/types.ts';
import { formatSeed, seedFromBits } from '../quiz/seed.ts';
import type { Mistake, StoredAnswer } from '../quiz/progress.ts';
import { $progress, recordPractice } from '../stores/progress.ts';
import { isFinal } from '../stores/quiz.ts';
import { useHydrated } from './hydrated.ts';
import { KIND_VIEWS } from './quiz/controls.tsx';
import { QuestionCard } from './quiz/QuestionCard.tsx';
import { format, type QuizStrings } from './quiz/strings.ts';

export interface NotebookProps {
  /** Lesson titles by id, to say where a mistake was made. */
  titles: Readonly<Record<string, string>>;
  locale: Locale;
  /** quiz.* and learner.* strings. */
  strings: QuizStrings;
  reasons: ReasonMessages;
}

interface Practice {
  readonly key: string;
  readonly seed: string;
  readonly question: Question | null;
  readonly response: Response | undefined;
  readonly grade: Grade | undefined;
  /** Set once the entry has left the notebook with this answer. */
  readonly left: boolean;
  /** Checked before anything was chosen. */
  readonly unanswered: boolean;
}

function randomBits(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

function shown(kind: string, value: StoredAnswer, s: QuizStrings): string {
  if (value === null) return s['learner.notebook.nothing'] ?? '';
  return isQuizKind(kind) ? KIND_VIEWS[kind].shown(value as AnswerValue, s) : String(value);
}

export default function Notebook(props: NotebookProps) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  return hydrated ? <LiveNotebook {...props} mistakes={progress.mistakes} /> : <p data-testid="notebook" data-live="false">{props.strings['learner.dash']}</p>;
}

function LiveNotebook({ titles, locale, strings: s, reasons, mistakes }: NotebookProps & { mistakes: readonly Mistake[] }) {
  const [practice, setPractice] = useState<Practice | null>(null);
  const ask = (entry: Mistake) => {
    const seed = seedFromBits(randomBits());
    void import('../quiz/practice.ts').then(({ practiceQuestion }) =>
      setPractice({ key: mistakeKey(entry), seed: formatSeed(seed), question: practiceQuestion(entry, seed), response: undefined, grade: undefined, left: false, unanswered: false }),
    );
  };
  /** The entry after the one practised (or the first): practice goes round the notebook. */
  const next = () => {
    const at = practice ? mistakes.findIndex((m) => mistakeKey(m) === practice.key) : -1;
    const entry = mistakes[(at + 1) % Math.max(1, mistakes.length)] ?? mistakes[0];
    if (entry) ask(entry);
    else setPractice(null);
  };
  const check = () => {
    if (!practice?.question || isFinal(practice.grade)) return;
    const response = practice.response ?? untouchedResponse(practice.question);
    if (response === undefined) return setPractice({ ...practice, unanswered: true });
    const g = grade(practice.question, response);
    const entry = mistakes.find((m) => mistakeKey(m) === practice.key);
    const left = isFinal(g) && g.correct && (entry?.rightInARow ?? 0) + 1 >= 2;
    setPractice({ ...practice, grade: g, left });
    if (isFinal(g)) recordPractice(practice.key, { correct: g.correct, seed: practice.seed, answer: g.given, right: g.expected });
  };

  return (
    <div data-testid="notebook" data-live="true" data-count={mistakes.length}>
      <p aria-live="polite" data-testid="notebook-count">
        {mistakes.length === 0 ? s['learner.notebook.empty'] : format(s, 'learner.notebook.count', { count: mistakes.length })}
      </p>
      {mistakes.length > 0 && (
        <ul class="learner-entries" data-testid="notebook-entries">
          {mistakes.map((m) => (
            <li key={mistakeKey(m)} class="learner-entry" data-kind={m.kind} data-key={mistakeKey(m)}>
              <p>
                {format(s, 'learner.notebook.entry', {
                  source: titles[m.source] ?? m.source,
                  seed: m.seed,
                  answer: shown(m.kind, m.answer, s),
                  right: shown(m.kind, m.right, s),
                })}
              </p>
              <p>{format(s, 'learner.notebook.streak', { count: m.rightInARow })}</p>
            </li>
          ))}
        </ul>
      )}
      {mistakes.length > 0 && !practice && (
        <div class="quiz-actions">
          <button type="button" data-testid="notebook-practise" onClick={() => ask(mistakes[0] as Mistake)}>{s['learner.notebook.practise']}</button>
        </div>
      )}
      {practice && (
        <div data-testid="notebook-practice" data-seed={practice.seed} data-key={practice.key}>
          {practice.question ? (
            <ol class="quiz-questions">
              <QuestionCard
                key={practice.seed}
                question={practice.question}
                response={practice.response}
                grade={practice.grade}
                locked={isFinal(practice.grade)}
                unanswered={practice.unanswered}
                enabled={true}
                idBase={`notebook-${practice.seed}`}
                s={s}
                reasons={reasons}
                locale={locale}
                onAnswer={(response) => !isFinal(practice.grade) && setPractice({ ...practice, response, unanswered: false })}
                onCheck={check}
              />
            </ol>
          ) : (
            <p class="quiz-notice">{s['learner.notebook.gone']}</p>
          )}
          <div aria-live="polite">{practice.left && <p class="learner-message" data-testid="notebook-left">{s['learner.notebook.left']}</p>}</div>
          <div class="quiz-actions">
            {(isFinal(practice.grade) || !practice.question) && mistakes.length > 0 && (
              <button type="button" data-testid="notebook-next" onClick={next}>{s['learner.notebook.next']}</button>
            )}
            <button type="button" onClick={() => setPractice(null)}>{s['learner.notebook.stop']}</button>
          </div>
        </div>
      )}
    </div>
  );
}
