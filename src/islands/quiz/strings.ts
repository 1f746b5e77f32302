// The quiz island's strings: the page's quiz.* and progress.* messages, picked at build time for
// the page's language (the island never bundles a dictionary), and formatting of the
// engine's prompts, which are messages with {params} that may themselves be messages.
import { fillTemplate } from '../../i18n/template.ts';
import type { Message } from '../../quiz/index.ts';

export type QuizStrings = Readonly<Record<string, string>>;

/** Picks the quiz's and the progress area's strings out of a whole dictionary. */
export function quizStringsOf(dictionary: Readonly<Record<string, string>>): QuizStrings {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => key.startsWith('quiz.') || key.startsWith('progress.')));
}

/** A string with its values filled in (messages among them formatted first); a missing string shows its key, so a gap is visible rather than fatal. */
export function format(strings: QuizStrings, key: string, params: Readonly<Record<string, string | number | Message>> = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? formatMessage(strings, value) : value]));
  return fillTemplate(strings[key] ?? key, values);
}

export function formatMessage(strings: QuizStrings, message: Message): string {
  return format(strings, message.key, message.params);
}
