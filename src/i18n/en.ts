import { glossaryStrings } from './sections/glossary.ts';
import { examStrings } from './sections/exam.ts';
import { headerStrings } from './sections/header.ts';
import { learnerStrings } from './sections/learner.ts';
import { labStrings } from './sections/lab.ts';
import { progressStrings } from './sections/progress.ts';
import { quizStrings } from './sections/quiz.ts';
import { searchStrings } from './sections/search.ts';
import { reasonsStrings } from './sections/reasons.ts';
import { statusStrings } from './sections/status.ts';
import { statesStrings } from './sections/states.ts';
import { stepperStrings } from './sections/stepper.ts';
import { stepperViewsStrings } from './sections/stepper-views.ts';

/**
 * English interface strings. This object defines the dictionary's keys:
 * every other language is typed against it (see `Dictionary`).
 */
export const en = {
  'site.title': 'Handshake & Wave',
  'site.tagline': 'How TCP opens and closes a connection',
  'site.description':
    'A hands-on course on how TCP opens and closes connections: the three-way handshake, the four-way teardown, TIME_WAIT, checked against RFC 9293.',
  'skip.link': 'Skip to content',
  'lang.switch': '中文',
  'lang.switch.label': '阅读中文版',
  'theme.label': 'Colour theme',
  'theme.auto': 'Theme: auto',
  'theme.light': 'Theme: light',
  'theme.dark': 'Theme: dark',
  'home.heading': 'The course map',
  'home.pitch':
    'Before a browser can fetch a page over TCP, the two machines trade three segments to agree where each byte stream starts; when they are done, each side closes its own direction. This course lets you watch it happen: step through connections one segment at a time, the textbook’s and Linux’s, flip the bits of a real header, and check yourself with quizzes the TCP model generates. Every lesson is written: opening a connection, closing it, why closing usually takes four segments, and one HTTP request’s whole life.',
  'home.lessons': 'Lessons',
  'home.upcoming': 'Coming soon',
  'home.start': 'Start the course',
  'home.lab': 'Once a connection’s ordinary life is clear, break one on purpose: lose a segment, replay an old SYN, and let the model say whether you reached the goal.',
  'home.labLink': 'Open the lab',
  'upcoming.badge': 'coming soon',
  'upcoming.flags': 'TCP flags and header fields',
  'upcoming.handshake': 'The three-way handshake',
  'upcoming.whyThree': 'Why three?',
  'upcoming.teardown': 'The four-way teardown',
  'upcoming.timeWait': 'TIME_WAIT and 2MSL',
  'upcoming.whyFour': 'Why four?',
  'upcoming.httpLife': 'One HTTP request’s whole life',
  'outline.label': 'Course outline',
  'outline.toggle': 'Course outline',
  'outline.home': 'Course map',
  'toc.label': 'On this page',
  'pager.label': 'Previous and next',
  'pager.prev': 'Previous',
  'pager.next': 'Next',
  'pager.comingNext': 'Next lesson, not written yet',
  'callout.note': 'Note',
  'callout.tip': 'Tip',
  'callout.warning': 'Warning',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. Perhaps the link is old, or a lesson moved.',
  'notFound.home': 'Go to the course map',
  ...glossaryStrings.en,
  ...examStrings.en,
  ...headerStrings.en,
  ...learnerStrings.en,
  ...labStrings.en,
  ...progressStrings.en,
  ...searchStrings.en,
  ...quizStrings.en,
  ...reasonsStrings.en,
  ...statusStrings.en,
  ...statesStrings.en,
  ...stepperStrings.en,
  ...stepperViewsStrings.en,
} as const;

export type UiKey = keyof typeof en;

/** A complete set of interface strings: a missing or extra key is a type error. */
export type Dictionary = Readonly<Record<UiKey, string>>;
