/**
 * Moving progress between browsers: save everything kept as a JSON file, load one back, merging
 * or replacing as the learner chooses (src/quiz/progress-file.ts decides), and start over. A file
 * that is refused changes nothing, and says why.
 */
import { useState } from 'preact/hooks';
import type { ImportMode, ImportProblem } from '../quiz/progress-file.ts';
import { exportProgress, importProgress } from '../stores/progress-file.ts';
import { useHydrated } from './hydrated.ts';
import { ResetProgress } from './quiz/ResetProgress.tsx';
import type { QuizStrings } from './quiz/strings.ts';

export const PROGRESS_FILE_NAME = 'handshake-and-wave-progress.json';

type Outcome = { readonly ok: true; readonly mode: ImportMode } | { readonly ok: false; readonly problem: ImportProblem | 'unreadable' | 'none' };

function download(text: string): void {
  const href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = PROGRESS_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

/** learner.* and progress.* strings. */
export default function ProgressFile({ strings: s }: { strings: QuizStrings }) {
  const live = useHydrated();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const load = async () => {
    if (!file) return setOutcome({ ok: false, problem: 'none' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setOutcome({ ok: false, problem: 'unreadable' });
    }
    const result = importProgress(text, mode);
    setOutcome(result.ok ? { ok: true, mode } : result);
  };
  const message = outcome && (outcome.ok ? s[`learner.file.done.${outcome.mode}`] : outcome.problem === 'none' ? s['learner.file.none'] : s[`learner.file.problem.${outcome.problem}`]);

  return (
    <div class="learner-file" data-testid="progress-file" data-live={String(live)}>
      <div>
        <button type="button" disabled={!live} data-testid="progress-export" onClick={() => download(exportProgress())}>
          {s['learner.file.export']}
        </button>
      </div>
      <label>
        {s['learner.file.choose']}
        <input type="file" accept=".json,application/json" disabled={!live} data-testid="progress-import-file" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </label>
      <fieldset disabled={!live}>
        <legend>{s['learner.file.mode']}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="progress-import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {s[`learner.file.${m}`]}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="button" disabled={!live} data-testid="progress-import" onClick={() => void load()}>
          {s['learner.file.import']}
        </button>
      </div>
      <div aria-live="polite">
        {message && (
          <p class={outcome?.ok ? 'learner-message' : 'learner-message is-problem'} data-testid="progress-import-result" data-ok={String(outcome?.ok)}>
            {message}
          </p>
        )}
      </div>
      <ResetProgress s={s} enabled={live} />
    </div>
  );
}
