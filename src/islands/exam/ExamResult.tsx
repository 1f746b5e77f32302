/** A graded exam: the score, pass or not, and each lesson's share with a link back to it. */
import { COMPLETION_SHARE } from '../../quiz/progress.ts';
import type { ExamOutcome } from '../../quiz/exam.ts';
import { format, type QuizStrings } from '../quiz/strings.ts';

export interface ExamLessonLink {
  readonly id: string;
  readonly title: string;
  readonly href: string;
}

const percent = (correct: number, total: number) => Math.round((100 * correct) / Math.max(1, total));

export function ExamResult({ outcome, links, progressHref, s }: { outcome: ExamOutcome; links: readonly ExamLessonLink[]; progressHref: string; s: QuizStrings }) {
  const { correct, total } = outcome.score;
  const passShare = Math.round(COMPLETION_SHARE * 100);
  const passed = correct / total >= COMPLETION_SHARE;
  return (
    <div class="exam-result" data-testid="exam-result" data-correct={correct} data-passed={String(passed)}>
      <p class="quiz-score">{format(s, 'exam.result', { correct, total, share: percent(correct, total) })}</p>
      <p>{format(s, passed ? 'exam.pass' : 'exam.fail', { share: passShare })}</p>
      <table class="learner-table" data-testid="exam-breakdown">
        <caption>{s['exam.breakdown']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['exam.col.lesson']}</th>
            <th scope="col">{s['exam.col.score']}</th>
          </tr>
        </thead>
        <tbody>
          {links.filter((l) => outcome.byLesson[l.id]).map((l) => {
            const score = outcome.byLesson[l.id]!;
            return (
              <tr data-lesson={l.id} key={l.id}>
                <th scope="row"><a href={l.href}>{l.title}</a></th>
                <td>{format(s, 'learner.best', { ...score })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{s['exam.saved']} <a href={progressHref}>{s['exam.progressLink']}</a></p>
    </div>
  );
}
