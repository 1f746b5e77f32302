/** The quiz's Chinese strings and reason templates: loaded by the island only on Chinese pages. */
import { zh as progressStrings } from '../../i18n/sections/progress.zh.ts';
import { zh as quizStrings } from '../../i18n/sections/quiz.zh.ts';
import { zh as reasonStrings } from '../../i18n/sections/reasons.zh.ts';
import { reasonMessagesOf } from '../../i18n/reason-format.ts';

export const strings = { ...quizStrings, ...progressStrings };
export const reasons = reasonMessagesOf(reasonStrings);
