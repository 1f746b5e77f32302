// Chinese half of the exam section (see ./exam.ts), typed against the English half.
import type { en } from './exam.en.ts';

export const zh: Record<keyof typeof en, string> = {
  'exam.title': '期末考试',
  'exam.description': '从课程每一课中抽出的十五道题，最后统一评分，并按课给出明细。',
  'exam.intro': '十五道题，混合抽自每课的测验：对整门课程的一次检验。',
  'exam.rules': '如何评分',
  'exam.rules.body': '可以按任意顺序作答，全部答完后交卷：最后统一评分，并按课给出明细，附有回到各课的链接。答对 {share}% 或以上即及格。带 ?seed= 的链接让每个人拿到同一套考题。',
  'exam.questions': '考题',
  'exam.noscript': '下面是考试的一套题目。作答和评分需要 JavaScript。',
  'exam.variant': '考题 {seed}',
  'exam.leaning': '地址中没有指定题组时，本次考试会偏向你尚未通过的课程。',
  'exam.from': '出自：{lesson}',
  'exam.answered': '已作答 {answered} / {total}。',
  'exam.submit': '交卷并评分',
  'exam.submitConfirm': '还有 {missing} 道题没有作答，它们将算作答错。仍要交卷吗？',
  'exam.submitYes': '交卷',
  'exam.submitNo': '继续作答',
  'exam.newVariant': '换一套考题',
  'exam.result': '成绩：{correct} / {total}（{share}%）。',
  'exam.pass': '及格：达到 {share}% 或以上。',
  'exam.fail': '尚未及格：达到 {share}% 即及格。',
  'exam.breakdown': '按课明细',
  'exam.col.lesson': '课程',
  'exam.col.score': '答对',
  'exam.saved': '成绩已与你的进度一起保存。',
  'exam.progressLink': '查看学习进度',
};
