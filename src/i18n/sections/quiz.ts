// Interface strings of the quiz area, both languages side by side. Keys start with 'quiz.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
const en = {} as const;

const zh: Record<keyof typeof en, string> = {};

export const quizStrings = { en, zh };
