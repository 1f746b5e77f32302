// Interface strings of the progress area, both languages side by side. Keys start with 'progress.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
const en = {
  'progress.completed': '(quiz passed)',
  'progress.saved': 'Saved on this device: best {correct} of {total}, {attempts} attempt(s).',
  'progress.passed': 'Lesson quiz passed.',
  'progress.reset': 'Reset quiz progress',
  'progress.resetConfirm': 'Forget every lesson’s quiz results on this device?',
  'progress.resetYes': 'Yes, reset',
  'progress.resetNo': 'Cancel',
  'progress.resetDone': 'Quiz progress cleared.',
  'progress.notice.corrupt':
    'Your saved quiz progress could not be read, so it was set aside and a fresh record started.',
  'progress.notice.old_version':
    'Your saved quiz progress came from an older version of the course, so it was set aside and a fresh record started.',
  'progress.notice.unavailable':
    'This browser does not let the course save progress (private browsing, or storage full), so results last only until you leave this page.',
  'progress.dismiss': 'Dismiss',
} as const;

const zh: Record<keyof typeof en, string> = {
  'progress.completed': '（测验已通过）',
  'progress.saved': '已保存在本设备：最好成绩 {correct} / {total}，共 {attempts} 次。',
  'progress.passed': '本课测验已通过。',
  'progress.reset': '重置测验进度',
  'progress.resetConfirm': '要清除本设备上所有课程的测验成绩吗？',
  'progress.resetYes': '确定重置',
  'progress.resetNo': '取消',
  'progress.resetDone': '测验进度已清除。',
  'progress.notice.corrupt': '保存的测验进度无法读取，已将其另存一旁，并重新开始记录。',
  'progress.notice.old_version': '保存的测验进度来自课程的旧版本，已将其另存一旁，并重新开始记录。',
  'progress.notice.unavailable': '此浏览器不允许课程保存进度（可能是无痕模式或存储已满），成绩只保留到你离开本页为止。',
  'progress.dismiss': '知道了',
};

export const progressStrings = { en, zh };
