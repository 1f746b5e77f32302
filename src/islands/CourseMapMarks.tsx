/**
 * Marks each lesson of the home page's course map with where the learner stands (not started,
 * tried, passed, and the best score), as the progress page shows it. The map's markup is the
 * page's own (links with `data-lesson-id`); this adds one line to each and renders nothing itself.
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { fillTemplate } from '../i18n/template.ts';
import { standingOf } from '../quiz/progress.ts';
import { $progress } from '../stores/progress.ts';

const MARK = 'data-map-mark';

export interface CourseMapMarksProps {
  /** The lessons that have a quiz (the others get no mark). */
  quizLessons: readonly string[];
  /** learner.state.* and learner.best. */
  strings: Readonly<Record<string, string>>;
}

export default function CourseMapMarks({ quizLessons, strings: s }: CourseMapMarksProps) {
  const progress = useStore($progress);
  useEffect(() => {
    const withQuiz = new Set(quizLessons);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-testid="course-map"] a[data-lesson-id]')) {
      const id = link.dataset.lessonId ?? '';
      link.parentElement?.querySelector(`[${MARK}]`)?.remove();
      if (!withQuiz.has(id)) continue;
      const lesson = progress.lessons[id];
      const standing = standingOf(lesson);
      const mark = document.createElement('span');
      mark.setAttribute(MARK, standing);
      mark.className = 'badge';
      mark.textContent = [s[`learner.state.${standing}`], lesson ? fillTemplate(s['learner.best'] ?? '', { ...lesson.best }) : ''].filter(Boolean).join(' · ');
      link.after(mark);
    }
  }, [progress, quizLessons, s]);
  return null;
}
