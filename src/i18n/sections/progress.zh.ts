// Chinese half of the progress section (see ./progress.ts), typed against the English half.
import type { en } from './progress.en.ts';

export const zh: Record<keyof typeof en, string> = {
  'progress.completed': '（测验已通过）',
  'progress.saved': '已保存在本设备：最好成绩 {correct} / {total}，已作答 {attempts} 次。',
  'progress.passed': '本课测验已通过。',
  'progress.reset': '重置测验进度',
  'progress.resetConfirm': '要清除本设备上所有课程的测验成绩吗？',
  'progress.resetYes': '确定重置',
  'progress.resetNo': '取消',
  'progress.resetDone': '测验进度已清除。',
  'progress.notice.corrupt': '保存的测验进度无法读取，已将其另存一旁，并重新开始记录。',
  'progress.notice.newer_version': '保存的进度由课程的较新版本写入，本页无法读取，已将其另存一旁，并重新开始记录。',
  'progress.notice.unavailable': '此浏览器不允许课程保存进度（可能是无痕模式或存储已满），成绩只保留到你离开本页为止。',
  'progress.dismiss': '知道了',
};