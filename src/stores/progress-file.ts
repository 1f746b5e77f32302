/**
 * The progress file: everything kept, exported as a file to download and read back in (the
 * progress page's ProgressFile island alone), over the progress store.
 */
import { importedProgress, progressFileOf, readProgressFile, type ImportMode, type ImportProblem } from '../quiz/progress-file.ts';
import { $progress, replaceProgress } from './progress.ts';

/** Everything kept, as the text of a file to download. */
export function exportProgress(): string {
  return progressFileOf($progress.get(), Date.now());
}

export type ImportOutcome = { readonly ok: true } | { readonly ok: false; readonly problem: ImportProblem };

/** Reads a progress file and merges it in, or puts it in place; a refused file changes nothing. */
export function importProgress(text: string, mode: ImportMode): ImportOutcome {
  const read = readProgressFile(text);
  if (!read.ok) return read;
  replaceProgress(importedProgress($progress.get(), read.progress, mode));
  return { ok: true };
}
