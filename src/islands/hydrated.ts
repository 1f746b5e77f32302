/**
 * Whether the island has hydrated: false while it renders what the page was built with (so its
 * first render in the browser matches the server's HTML), true from the next render on.
 */
import { useEffect, useState } from 'preact/hooks';

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
