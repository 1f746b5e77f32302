// Chinese half of the stepper's linked views (see ./stepper-views.ts).
import type { en } from './stepper-views.en.ts';

export const zh: Record<keyof typeof en, string> = {
  'stepperViews.states': '现在：客户端处于 {client}，服务器处于 {server}。',
  'stepperViews.diagram.open': '在状态图（RFC 9293 图 5）中显示两端',
  'stepperViews.diagram.label': 'RFC 9293 图 5 的状态图：每一端当前所处状态的方框上方标着它的名字，这一步走过的弧线用粗线画出。',
  'stepperViews.header.open': '显示这一步报文段的首部',
  'stepperViews.header.title': '这一步的报文段，按首部探索器的画法',
  'stepperViews.header.sent': '{side}发出：{segment}',
  'stepperViews.header.arrived': '到达{side}：{segment}',
  'stepperViews.header.lost': '发往{side}途中丢失：{segment}',
  'stepperViews.header.none': '这一步没有发出或收到报文段。',
  'stepperViews.header.flags': '置位的控制位',
  'stepperViews.side.client': '客户端',
  'stepperViews.side.server': '服务器',
};
