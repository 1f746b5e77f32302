// Interface strings of the exam page, both languages side by side. Keys start with 'exam.'; zh is
// typed against en.
import { en } from './exam.en.ts';
import { zh } from './exam.zh.ts';

export const examStrings = { en, zh };
