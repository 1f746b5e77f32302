// Chinese words of the Figure 5 drawing (see ./states-diagram.en.ts). The calls keep the RFC's
// names (OPEN, CLOSE, SEND, ABORT), as the lessons write them.
import type { en } from './states-diagram.en.ts';

export const zh: Readonly<Record<keyof typeof en, string>> = {
  'states.event.passive-open': '被动 OPEN',
  'states.event.active-open': '主动 OPEN',
  'states.event.send': '调用 SEND',
  'states.event.close': '调用 CLOSE',
  'states.event.close-unread': '有未读数据时 CLOSE',
  'states.event.abort': '调用 ABORT',
  'states.event.rcv-syn': '收到 SYN',
  'states.event.rcv-syn-ack': '收到 SYN,ACK',
  'states.event.rcv-ack-of-syn': '收到对 SYN 的 ACK',
  'states.event.rcv-ack-of-fin': '收到对 FIN 的 ACK',
  'states.event.rcv-fin': '收到 FIN',
  'states.event.rcv-fin-ack-of-fin': '收到 FIN 及对 FIN 的 ACK',
  'states.event.rcv-rst': '收到 RST',
  'states.event.rcv-data-after-close': 'CLOSE 后又收到数据',
  'states.event.give-up': '重传次数用尽',
  'states.event.timeout-2msl': '2MSL 超时',
  'states.event.fin-wait-2-timeout': 'FIN-WAIT-2 计时器到期',
  'states.qualifier.after-passive-open': '（被动 OPEN 后）',
  'states.qualifier.after-active-open': '（主动 OPEN 后）',
  'states.linux': '（Linux）',
  'states.tcb.create': '创建 TCB',
  'states.tcb.delete': '删除 TCB',
  'states.snd': '发送 {flags}',
  'states.nothing': '不发送',
  'states.notModelled': '（本模型未实现）',
};
