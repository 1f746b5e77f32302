/**
 * Fetches what a lesson's islands say in the page's language: one file per lesson and language
 * (src/i18n/lesson-messages.ts; written by src/plugins/lesson-messages.ts). Every island of a page
 * asks for the same key, and the first request is shared, so the file is fetched once.
 */
import { useEffect, useState } from 'preact/hooks';
import { loaders } from 'virtual:hw-lesson-messages';
import type { LessonMessages } from '../i18n/lesson-messages.ts';

export type { LessonMessages };

const pending = new Map<string, Promise<LessonMessages>>();

export function loadLessonMessages(key: string): Promise<LessonMessages> {
  const load = loaders[key];
  if (!load) return Promise.reject(new Error(`no lesson messages "${key}"`));
  let messages = pending.get(key);
  if (!messages) pending.set(key, (messages = load()));
  return messages;
}

/**
 * The lesson's messages once they have arrived, null until then; if they never do, an island
 * simply keeps showing what the page was built with.
 */
export function useLessonMessages(key: string): LessonMessages | null {
  const [messages, setMessages] = useState<LessonMessages | null>(null);
  useEffect(() => {
    loadLessonMessages(key).then(setMessages, () => undefined);
  }, [key]);
  return messages;
}
