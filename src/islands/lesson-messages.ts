/**
 * Fetches what a lesson's islands say in the page's language: one file per lesson and language
 * (src/i18n/lesson-messages.ts; written by src/plugins/lesson-messages.ts). Every island of a page
 * asks for the same key, and the first request is shared, so the file is fetched once.
 */
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
