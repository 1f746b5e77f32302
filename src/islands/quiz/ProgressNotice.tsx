/** The one-time notice that stored progress was set aside, or cannot be stored at all. */
import { useStore } from '@nanostores/preact';
import { $progressNotice, dismissProgressNotice } from '../../stores/progress.ts';
import type { QuizStrings } from './strings.ts';

export function ProgressNotice({ s }: { s: QuizStrings }) {
  const notice = useStore($progressNotice);
  return (
    <div role="status">
      {notice && (
        <p class="quiz-notice" data-testid="progress-notice" data-notice={notice}>
          {s[`progress.notice.${notice}`]}{' '}
          <button type="button" onClick={dismissProgressNotice}>
            {s['progress.dismiss']}
          </button>
        </p>
      )}
    </div>
  );
}
