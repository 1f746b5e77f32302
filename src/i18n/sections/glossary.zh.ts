// Chinese half of the glossary and FAQ section (see ./glossary.ts), typed against the English half.
import type { en } from './glossary.en.ts';

export const zh: Record<keyof typeof en, string> = {
  'glossary.title': '术语表',
  'glossary.description': '课程用到的中英文术语，每个都有一句话的定义，并链接到讲解它的那一课。',
  'glossary.lead': '各课用到的每个术语，按讲解它的课程排列，附英文名称和一句依据 RFC 9293 核对过的定义。课文中每个术语第一次出现时都链接到这里。',
  'glossary.otherName': '英文',
  'glossary.lesson': '课程：',
  'glossary.stateRef': '状态参考',
  'faq.title': '常见问题',
  'faq.description': '面试和工作中常被问到的 TCP 握手与挥手问题，每个都用几句话回答，并附上讲解它的课程和演示它的步进器步骤。',
  'faq.lead': '面试和工作中常被问到的 TCP 建立与关闭连接的问题。每个回答讲的都是课程里的内容，并链接到相应的课程，以及可以亲眼看到这个过程的步进器步骤。',
  'faq.lessons': '课程：',
  'faq.steps': '逐步观看：',
  'faq.step': '“{lesson}”中的第 {n} 步',
  'faq.stepLinux': '“{lesson}”中的第 {n} 步（Linux 配置）',
};
