/**
 * Resolves in a later task, so that the browser can paint and answer input between two pieces of
 * one long job: `scheduler.yield()` where the browser has it (its continuation runs before other
 * queued tasks), a zero-delay timer elsewhere.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
