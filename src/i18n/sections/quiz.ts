// Interface strings of the quiz area, both languages side by side. Keys start with 'quiz.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
// Templates use {name} placeholders; 'quiz.ask.*' and 'quiz.side.*' are the message keys the quiz
// engine (src/quiz) puts in its prompts.
import { en } from './quiz.en.ts';
import { zh } from './quiz.zh.ts';

export const quizStrings = { en, zh };
