/** One answer among a few (a state, a side, a status code): a radio group labelled by the prompt. */
import type { ControlProps } from './control.ts';

export interface ChoiceProps<T extends string | number> extends Omit<ControlProps<unknown, T | null>, 'question'> {
  readonly options: readonly T[];
  readonly label: (option: T) => string;
}

export function ChoiceControl<T extends string | number>({ options, label, response, disabled, idBase, promptId, onAnswer }: ChoiceProps<T>) {
  return (
    <div class="quiz-options" role="radiogroup" aria-labelledby={promptId}>
      {options.map((option) => (
        <label key={option}>
          <input type="radio" name={`${idBase}-choice`} value={option} checked={response === option} disabled={disabled} onChange={() => onAnswer(option)} />{' '}
          {label(option)}
        </label>
      ))}
    </div>
  );
}
