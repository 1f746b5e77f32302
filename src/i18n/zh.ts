import type { Dictionary } from './en.ts';
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


/** Simplified Chinese interface strings, keyed exactly like `en`. */
export const zh: Dictionary = {
  'site.title': '三次握手，四次挥手',
  'site.tagline': 'TCP 如何建立和关闭连接',
  'site.description':
    '一门动手的课程：TCP 如何建立和关闭连接——三次握手、四次挥手、TIME_WAIT，全部对照 RFC 9293 核实。',
  'skip.link': '跳到正文',
  'lang.switch': 'English',
  'lang.switch.label': 'Read in English',
  'theme.label': '配色主题',
  'theme.auto': '主题：跟随系统',
  'theme.light': '主题：浅色',
  'theme.dark': '主题：深色',
  'home.heading': '课程地图',
  'home.pitch':
    '浏览器经由 TCP 取回网页之前，两台机器先交换三个报文段，约定各自字节流从哪里开始；用完之后，双方再各自关闭自己那个方向。在这门课里你可以亲眼看到这一切：按教科书和 Linux 两种行为一个报文段一个报文段地回放连接，拨动真实首部里的各个比特，再用 TCP 模型生成的测验检验自己。所有课程都已写好：建立连接、关闭连接、为什么关闭通常要四个报文段，以及一次 HTTP 请求的一生。',
  'home.lessons': '课程',
  'home.upcoming': '即将推出',
  'home.start': '开始学习',
  'home.lab': '弄清一条连接平常的一生之后，可以故意把它弄坏：丢掉一个报文段、重放一个旧的 SYN，再由模型判断你是否达成了目标。',
  'home.labLink': '进入实验室',
  'upcoming.badge': '即将推出',
  'upcoming.flags': 'TCP 标志位与首部字段',
  'upcoming.handshake': '三次握手',
  'upcoming.whyThree': '为什么是三次？',
  'upcoming.teardown': '四次挥手',
  'upcoming.timeWait': 'TIME_WAIT 与 2MSL',
  'upcoming.whyFour': '为什么是四次？',
  'upcoming.httpLife': '一次 HTTP 请求的一生',
  'outline.label': '课程目录',
  'outline.toggle': '课程目录',
  'outline.home': '课程地图',
  'toc.label': '本页内容',
  'pager.label': '上一课与下一课',
  'pager.prev': '上一课',
  'pager.next': '下一课',
  'pager.comingNext': '下一课，尚未写成',
  'callout.note': '注意',
  'callout.tip': '提示',
  'callout.warning': '警告',
  'notFound.title': '页面不存在',
  'notFound.body': '这个地址上没有页面。也许链接已经过时，或者课程换了位置。',
  'notFound.home': '前往课程地图',
  ...glossaryStrings.zh,
  ...examStrings.zh,
  ...headerStrings.zh,
  ...learnerStrings.zh,
  ...labStrings.zh,
  ...progressStrings.zh,
  ...searchStrings.zh,
  ...quizStrings.zh,
  ...reasonsStrings.zh,
  ...statusStrings.zh,
  ...statesStrings.zh,
  ...stepperStrings.zh,
  ...stepperViewsStrings.zh,
};
