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
              const on = (e.currentTarget as HTMLInputElement).checked;
              onAnswer(on ? [...chosen, flag] : chosen.filter((f) => f !== flag));
            }}
          />{' '}
          {flag}
        </label>
      ))}
    </div>
  );
}
