// English half of the progress section (see ./progress.ts).
export const en = {
  'progress.completed': '(quiz passed)',
  'progress.saved': 'Saved on this device: best {correct} of {total}; attempts so far: {attempts}.',
  'progress.passed': 'Lesson quiz passed.',
  'progress.reset': 'Reset quiz progress',
  'progress.resetConfirm': 'Forget every lesson’s quiz results on this device?',
  'progress.resetYes': 'Yes, reset',
  'progress.resetNo': 'Cancel',
  'progress.resetDone': 'Quiz progress cleared.',
  'progress.notice.corrupt':
    'Your saved quiz progress could not be read, so it was set aside and a fresh record started.',
  'progress.notice.newer_version':
    'Your saved progress was written by a newer version of the course, which this page cannot read, so it was set aside and a fresh record started.',
  'progress.notice.unavailable':
    'This browser does not let the course save progress (private browsing, or storage full), so results last only until you leave this page.',
  'progress.dismiss': 'Dismiss',
} as const;
