/** A question's story: the calls and segments before the asked one, the asked field shown as "?". */
import { flagsLabel } from '../../core/types.ts';
import type { StoryLine } from '../../quiz/index.ts';
import { format, type QuizStrings } from './strings.ts';

function Asked({ s }: { s: QuizStrings }) {
  return (
    <mark class="quiz-asked">
      ?<span class="quiz-vh"> ({s['quiz.story.asked']})</span>
    </mark>
  );
}

function Field({ name, value, s }: { name: string; value: number | string | null; s: QuizStrings }) {
  return (
    <span class="quiz-field">
      {name}={value === null ? <Asked s={s} /> : value}
    </span>
  );
}

function Line({ line, s }: { line: StoryLine; s: QuizStrings }) {
  if (line.type === 'timer') {
    return <li class="quiz-call">{format(s, `quiz.story.timer.${line.timer}`, { who: s[`quiz.who.${line.side}`] ?? line.side })}</li>;
  }
  if (line.type === 'call') {
    const who = s[`quiz.who.${line.side}`] ?? line.side;
    const key = line.bytes !== undefined ? 'quiz.story.send' : line.isn !== undefined ? 'quiz.story.callIsn' : 'quiz.story.call';
    return <li class="quiz-call">{format(s, key, { who, call: line.call, isn: line.isn ?? '', bytes: line.bytes ?? '' })}</li>;
  }
  const to = line.from === 'client' ? 'server' : 'client';
  const ack = line.ack === 'none' ? s['quiz.story.none'] : line.ack === 'hidden' ? s['quiz.story.hidden'] : line.ack;
  return (
    <li class="quiz-seg">
      <span class="quiz-dir">
        {s[`quiz.who.${line.from}`]} → {s[`quiz.who.${to}`]}
      </span>{' '}
      <span class="quiz-flags">{line.flags === null ? <Asked s={s} /> : flagsLabel(line.flags)}</span>{' '}
      <Field name="seq" value={line.seq} s={s} /> <Field name="ack" value={ack ?? null} s={s} />{' '}
      <Field name="len" value={line.len} s={s} />
      {line.stale && <span class="quiz-stale"> ({s['quiz.story.stale']})</span>}
    </li>
  );
}

export function Story({ lines, s }: { lines: readonly StoryLine[]; s: QuizStrings }) {
  // A question about no segment in particular (a status code, a wait) has no story to list.
  if (lines.length === 0) return null;
  return (
    <ol class="quiz-story" aria-label={s['quiz.story.label']}>
      {lines.map((line, i) => (
        <Line key={i} line={line} s={s} />
      ))}
    </ol>
  );
}
