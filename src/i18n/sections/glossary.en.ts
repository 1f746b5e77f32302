// English half of the glossary and FAQ section (see ./glossary.ts).
export const en = {
  'glossary.title': 'Glossary',
  'glossary.description': 'The words of the course in English and Chinese, each defined in one sentence and linked to the lesson that teaches it.',
  'glossary.lead': 'Every term the lessons use, by the lesson that teaches it, with its Chinese name and a one-sentence definition checked against RFC 9293. A lesson links each term’s first mention here.',
  'glossary.otherName': 'Chinese',
  'glossary.lesson': 'Lesson:',
  'glossary.stateRef': 'State reference',
  'faq.title': 'Common questions',
  'faq.description': 'The questions asked about TCP’s handshake and teardown in interviews and on the job, each answered in a few sentences, with the lesson and a stepper step that shows it.',
  'faq.lead': 'The questions people are asked about opening and closing TCP connections, in interviews and on the job. Each answer states what the lessons teach, and links to them and to a stepper step where you can watch it happen.',
  'faq.lessons': 'Lessons:',
  'faq.steps': 'Step through it:',
  'faq.step': 'step {n} in “{lesson}”',
  'faq.stepLinux': 'step {n} in “{lesson}”, Linux profile',
} as const;
