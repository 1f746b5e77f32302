/** "Reset quiz progress", asking first: the button opens an inline confirmation. */
import { useState } from 'preact/hooks';
import { resetProgress } from '../../stores/progress.ts';
import type { QuizStrings } from './strings.ts';

export function ResetProgress({ s, enabled = true }: { s: QuizStrings; enabled?: boolean }) {
  const [phase, setPhase] = useState<'idle' | 'confirm' | 'done'>('idle');
  return (
    <div class="quiz-reset" data-testid="progress-reset">
      {phase === 'confirm' ? (
        <p role="group" aria-label={s['progress.reset']}>
          {s['progress.resetConfirm']}{' '}
          <button
            type="button"
            onClick={() => {
              resetProgress();
              setPhase('done');
            }}
          >
            {s['progress.resetYes']}
          </button>{' '}
          <button type="button" onClick={() => setPhase('idle')}>
            {s['progress.resetNo']}
          </button>
        </p>
      ) : (
        <button type="button" disabled={!enabled} onClick={() => setPhase('confirm')}>
          {s['progress.reset']}
        </button>
      )}
      <p aria-live="polite" class="quiz-reset-done">{phase === 'done' ? s['progress.resetDone'] : ''}</p>
    </div>
  );
}
