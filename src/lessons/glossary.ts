/**
 * The course's glossary: every term with its English and Chinese names as the lessons write them,
 * a one-sentence definition in each language, the lesson that teaches it, and the words that
 * count as a mention of it when the lessons' first mentions are linked (src/plugins/term-links.ts).
 * The glossary page, the links and their tests all read this one list.
 */
import type { GlossaryTerm } from './glossary-term.ts';
import { HEADER_TERMS, OPENING_TERMS } from './glossary-open.ts';
import { CLOSING_TERMS, STATE_TERMS } from './glossary-close.ts';

export type { GlossaryTerm, TermText } from './glossary-term.ts';

export const GLOSSARY: readonly GlossaryTerm[] = [...HEADER_TERMS, ...OPENING_TERMS, ...CLOSING_TERMS, ...STATE_TERMS];
