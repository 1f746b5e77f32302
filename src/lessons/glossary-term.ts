/** The shape of a glossary entry (see ./glossary.ts), and the compact form the data files use. */
export interface TermText {
  /** The term's name as the lessons of this language write it. */
  readonly name: string;
  /**
   * What counts as a mention in a lesson of this language. Matched case-sensitively, except that
   * a pattern starting with a lower-case letter also matches with that letter capitalised; in
   * English a match must stand as a word of its own (not inside SYN_SENT, SYN+ACK or SND.NXT).
   */
  readonly match: readonly string[];
  /** One sentence; `code` and RFC section references (§3.5, RFC 9112 §9.3) are rendered as such. */
  readonly definition: string;
}

export interface GlossaryTerm {
  /** Its anchor on the glossary page: the English term, lowercase and hyphenated. */
  readonly id: string;
  /** The lesson that teaches it. */
  readonly lesson: string;
  /**
   * A connection state: its id is also its anchor on the states page (`states/#time-wait`), where
   * a lesson's first mention of it links once that page exists.
   */
  readonly state?: true;
  readonly en: TermText;
  readonly zh: TermText;
  /** Other Chinese words for the same concept that the course does not use: one term per concept. */
  readonly zhNot?: readonly string[];
}

/** A term in the compact form the data files write it in. */
export function term(
  id: string,
  lesson: string,
  en: readonly [name: string, match: readonly string[], definition: string],
  zh: readonly [name: string, match: readonly string[], definition: string],
  extra: Pick<GlossaryTerm, 'state' | 'zhNot'> = {},
): GlossaryTerm {
  return { id, lesson, en: { name: en[0], match: en[1], definition: en[2] }, zh: { name: zh[0], match: zh[1], definition: zh[2] }, ...extra };
}
