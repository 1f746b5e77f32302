/** Control bits, any number of them: one checkbox per flag. */
import type { Flag } from '../../core/types.ts';
import type { FlagsQuestion } from '../../quiz/kinds/which-flags.ts';
import type { ControlProps } from './control.ts';

export function FlagsControl({ question, response, disabled, promptId, onAnswer }: ControlProps<FlagsQuestion, readonly Flag[]>) {
  const chosen = response ?? [];
  return (
    <div class="quiz-options" role="group" aria-labelledby={promptId}>
      {question.options.map((flag) => (
        <label key={flag}>
          <input
            type="checkbox"
            value={flag}
            checked={chosen.includes(flag)}
            disabled={disabled}
            onChange={(e) => {
              // The boxes, not the last render, say what is ticked: two ticks before the card
              // renders again both count.
              const group = (e.currentTarget as HTMLInputElement).closest('[role="group"]')!;
              const ticked = new Set([...group.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value));
              onAnswer(question.options.filter((f) => ticked.has(f)));
            }}
          />{' '}
          {flag}
        </label>
      ))}
    </div>
  );
}
