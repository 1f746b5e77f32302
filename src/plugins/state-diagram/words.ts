/** The Figure 5 drawing's words in one language, from that language's dictionary. */
import type { ArcLabelLine } from '../../core/figure5-labels.ts';
import { dictionaries, type Locale } from '../../i18n/index.ts';
import { fillTemplate } from '../../i18n/template.ts';
import type { Figure5Words } from './figure5-svg.ts';

export function figure5Words(locale: Locale, title: string, description: string): Figure5Words {
  const d = dictionaries[locale];
  const event = (line: ArcLabelLine) =>
    [
      line.events.map((e) => d[`states.event.${e}`]).join(locale === 'zh' ? '、' : ', '),
      line.qualifier ? d[`states.qualifier.${line.qualifier}`] : '',
      line.linux ? d['states.linux'] : '',
    ]
      .filter(Boolean)
      .join(locale === 'zh' ? '' : ' ');
  const sends = (line: ArcLabelLine) => (line.send.length > 0 ? fillTemplate(d['states.snd'], { flags: line.send.join(',') }) : '');
  const action = (line: ArcLabelLine) =>
    [line.tcb ? d[`states.tcb.${line.tcb}`] : '', sends(line)].filter(Boolean).join(locale === 'zh' ? '，' : ', ') || d['states.nothing'];
  return {
    event,
    action,
    exitLine: (line) => (line.send.length > 0 ? `${event(line)} / ${sends(line)}` : event(line)),
    qualifier: (q) => d[`states.qualifier.${q}`],
    notModelled: d['states.notModelled'],
    title,
    description,
  };
}
