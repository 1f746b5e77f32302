/**
 * Marks the lessons whose quiz is passed in the sidebar outline (the shell's markup): a ✓ the
 * screen reader skips plus words it reads. Links are found by `data-lesson-id`, or else by their
 * `/lessons/<id>/` href. Renders nothing itself.
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { completedLessons } from '../quiz/progress.ts';
import { $progress } from '../stores/progress.ts';

const MARK = 'data-quiz-mark';
// Visually hidden but read: the usual clip pattern, inline so it needs no stylesheet.
const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';

function lessonIdOf(link: HTMLAnchorElement): string | undefined {
  return link.dataset.lessonId ?? /\/lessons\/([^/]+)\/$/.exec(new URL(link.href).pathname)?.[1];
}

export default function ProgressMarks({ completedLabel }: { completedLabel: string }) {
  const progress = useStore($progress);
  useEffect(() => {
    const done = new Set(completedLessons(progress));
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-testid="outline"] a[href]')) {
      const id = lessonIdOf(link);
      const mark = link.querySelector(`[${MARK}]`);
      if (id && done.has(id)) {
        link.dataset.quizPassed = '';
        if (!mark) {
          const wrapper = document.createElement('span');
          wrapper.setAttribute(MARK, '');
          const tick = document.createElement('span');
          tick.setAttribute('aria-hidden', 'true');
          tick.textContent = ' ✓';
          const words = document.createElement('span');
          words.style.cssText = HIDDEN;
          words.textContent = ` ${completedLabel}`;
          wrapper.append(tick, words);
          link.append(wrapper);
        }
      } else {
        delete link.dataset.quizPassed;
        mark?.remove();
      }
    }
  }, [progress, completedLabel]);
  return null;
}
