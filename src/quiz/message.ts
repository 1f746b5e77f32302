// Prompts are data, not prose: a message key of the page's dictionary plus the values to put into
// it. The island formats them with its language's strings, so the quiz engine knows no language.

/** A message: `key` names a template (e.g. 'quiz.ask.ack'), `params` fill its {placeholders}. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number | Message>>;
}

export function message(key: string, params?: Record<string, string | number | Message>): Message {
  return params ? { key, params } : { key };
}
