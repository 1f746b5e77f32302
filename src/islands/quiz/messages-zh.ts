/** The quiz's Chinese strings (reason templates come through ../reasons.ts): loaded by the island only on Chinese pages. */
import { zh as progressStrings } from '../../i18n/sections/progress.zh.ts';
import { zh as quizStrings } from '../../i18n/sections/quiz.zh.ts';

export const strings = { ...quizStrings, ...progressStrings };
