/**
 * Marks what the learner has done, in the page's own markup (it renders nothing itself):
 *   - in the sidebar outline, each lesson whose quiz is passed (links found by `data-lesson-id`,
 *     or else by their `/lessons/<id>/` href), and the lab's entry (`data-site-page="lab"`) with
 *     how many of the lab's levels are solved;
 *   - on the page, each link to a lab level that is solved (`data-lab-level`: the level list).
 * Each mark is a sign the screen reader skips plus words it reads (./marks.ts).
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { fillTemplate } from '../i18n/template.ts';
import { completedLessons } from '../quiz/progress.ts';
import { $progress } from '../stores/progress.ts';
import { setMark } from './marks.ts';

export interface ProgressMarksProps {
  /** Read after a lesson whose quiz is passed: '(quiz passed)'. */
  completedLabel: string;
  /** Read after a level solved: '(solved)'. */
  solvedLabel: string;
  /** Read after the lab's entry: '({solved} of {total} levels solved)'. */
  solvedCountLabel: string;
  /** How many levels the lab has. */
  levelCount: number;
}

function lessonIdOf(link: HTMLAnchorElement): string | undefined {
  return link.dataset.lessonId ?? /\/lessons\/([^/]+)\/$/.exec(new URL(link.href).pathname)?.[1];
}

export default function ProgressMarks({ completedLabel, solvedLabel, solvedCountLabel, levelCount }: ProgressMarksProps) {
  const progress = useStore($progress);
  useEffect(() => {
    const done = new Set(completedLessons(progress));
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-testid="outline"] a[href]:not([data-site-page])')) {
      const id = lessonIdOf(link);
      const passed = id !== undefined && done.has(id);
      link.toggleAttribute('data-quiz-passed', passed);
      setMark(link, 'data-quiz-mark', passed ? { shown: ' ✓', words: ` ${completedLabel}` } : null);
    }

    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lab-level]')) {
      const solved = Boolean(progress.lab[link.dataset.labLevel ?? '']);
      link.toggleAttribute('data-solved', solved);
      setMark(link, 'data-solved-mark', solved ? { shown: ' ✓', words: ` ${solvedLabel}` } : null);
    }

    // The store keeps only levels solved on this course's pages; a level a later version dropped
    // still cannot count past the lab's size.
    const solved = Math.min(Object.keys(progress.lab).length, levelCount);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-testid="outline"] a[data-site-page="lab"]')) {
      link.dataset.labSolved = String(solved);
      const words = ` ${fillTemplate(solvedCountLabel, { solved, total: levelCount })}`;
      setMark(link, 'data-lab-count', solved > 0 ? { shown: ` ✓ ${solved}/${levelCount}`, words } : null);
    }
  }, [progress, completedLabel, solvedLabel, solvedCountLabel, levelCount]);
  return null;
}
