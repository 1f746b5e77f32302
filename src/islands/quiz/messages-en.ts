/** The quiz's English strings (reason templates come through ../reasons.ts): loaded by the island only on English pages. */
import { en as progressStrings } from '../../i18n/sections/progress.en.ts';
import { en as quizStrings } from '../../i18n/sections/quiz.en.ts';

export const strings = { ...quizStrings, ...progressStrings };
