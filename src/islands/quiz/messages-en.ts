/** The quiz's English strings and reason templates: loaded by the island only on English pages. */
import { en as progressStrings } from '../../i18n/sections/progress.en.ts';
import { en as quizStrings } from '../../i18n/sections/quiz.en.ts';
import { en as reasonStrings } from '../../i18n/sections/reasons.en.ts';
import { reasonMessagesOf } from '../../i18n/reason-format.ts';

export const strings = { ...quizStrings, ...progressStrings };
export const reasons = reasonMessagesOf(reasonStrings);
