/**
 * The top of the progress page: what to do next, each lesson's quiz (not started, tried, passed;
 * best score; attempts), the lab levels solved and the exam results, read from the progress
 * store. Until it is live (and without JavaScript) it shows the lessons with dashes, as built.
 */
import { useStore } from '@nanostores/preact';
import { htmlLang, type Locale } from '../i18n/locales.ts';
import { nextStep } from '../quiz/next-step.ts';
import { COMPLETION_SHARE, standingOf, type Progress } from '../quiz/progress.ts';
import { $progress } from '../stores/progress.ts';
import { useHydrated } from './hydrated.ts';
import { format, type QuizStrings } from './quiz/strings.ts';

export interface BoardLesson {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly hasQuiz: boolean;
}

export interface ProgressBoardProps {
  lessons: readonly BoardLesson[];
  examHref: string;
  /** The lab's address: a level's page is `<labHref><id>/`. */
  labHref: string;
  locale: Locale;
  /** learner.* strings. */
  strings: QuizStrings;
}

export default function ProgressBoard(props: ProgressBoardProps) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  return <Board {...props} progress={hydrated ? progress : null} />;
}

function Board({ lessons, examHref, labHref, locale, strings: s, progress }: ProgressBoardProps & { progress: Progress | null }) {
  const date = (ms: number) => new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'medium' }).format(ms);
  const dash = s['learner.dash'];
  return (
    <div data-testid="progress-board" data-live={progress ? 'true' : 'false'}>
      <h2>{s['learner.next']}</h2>
      <div aria-live="polite">{progress ? <Next progress={progress} lessons={lessons} examHref={examHref} s={s} /> : <p>{dash}</p>}</div>

      <h2>{s['learner.lessons']}</h2>
      <table class="learner-table" data-testid="progress-lessons">
        <thead>
          <tr>
            <th scope="col">{s['learner.col.lesson']}</th>
            <th scope="col">{s['learner.col.state']}</th>
            <th scope="col">{s['learner.col.best']}</th>
            <th scope="col">{s['learner.col.attempts']}</th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson) => {
            const mine = progress?.lessons[lesson.id];
            const standing = lesson.hasQuiz ? standingOf(mine) : 'none';
            return (
              <tr key={lesson.id} data-lesson={lesson.id} data-standing={progress ? standing : undefined}>
                <th scope="row"><a href={lesson.href}>{lesson.title}</a></th>
                <td class="learner-state" data-standing={progress ? standing : undefined}>{progress ? s[`learner.state.${standing}`] : dash}</td>
                <td>{mine ? format(s, 'learner.best', { ...mine.best }) : dash}</td>
                <td>{mine ? mine.attempts : dash}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>{s['learner.lab']}</h2>
      {progress && Object.keys(progress.lab).length > 0 ? (
        <ul class="learner-list" data-testid="progress-lab">
          {Object.entries(progress.lab)
            .sort(([, a], [, b]) => a.solvedAt - b.solvedAt)
            .map(([id, level]) => (
              <li key={id} data-level={id}>
                <a href={`${labHref}${encodeURIComponent(id)}/`}><code>{id}</code></a> — {format(s, 'learner.lab.solved', { date: date(level.solvedAt) })}
              </li>
            ))}
        </ul>
      ) : (
        <p data-testid="progress-lab">{progress ? s['learner.lab.none'] : dash}</p>
      )}

      <h2>{s['learner.exams']}</h2>
      {progress && progress.exams.length > 0 ? (
        <ul class="learner-list" data-testid="progress-exams">
          {[...progress.exams].reverse().map((exam) => (
            <li key={`${exam.seed}@${exam.at}`}>
              {format(s, 'learner.exams.result', { ...exam.score, date: date(exam.at) })} ·{' '}
              <a href={`${examHref}?seed=${encodeURIComponent(exam.seed)}`}>{format(s, 'learner.exams.variant', { seed: exam.seed })}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="progress-exams">{progress ? s['learner.exams.none'] : dash}</p>
      )}
    </div>
  );
}

function Next({ progress, lessons, examHref, s }: { progress: Progress; lessons: readonly BoardLesson[]; examHref: string; s: QuizStrings }) {
  const step = nextStep(progress, lessons.filter((l) => l.hasQuiz).map((l) => l.id));
  const lesson = 'id' in step ? lessons.find((l) => l.id === step.id) : undefined;
  const share = Math.round(COMPLETION_SHARE * 100);
  let body;
  if (step.kind === 'lesson' && lesson) body = <a href={lesson.href}>{format(s, 'learner.next.lesson', { title: lesson.title })}</a>;
  else if (step.kind === 'retry' && lesson) {
    const best = progress.lessons[lesson.id]?.best ?? { correct: 0, total: 0 };
    body = <a href={lesson.href}>{format(s, 'learner.next.retry', { title: lesson.title, ...best, share })}</a>;
  } else if (step.kind === 'notebook') body = <a href="#notebook">{s['learner.next.notebook']}</a>;
  else if (step.kind === 'exam') body = <a href={examHref}>{s['learner.next.exam']}</a>;
  else body = s['learner.next.done'];
  return <p data-testid="progress-next" data-next={step.kind}>{body}</p>;
}
