/**
 * A typed whole number: a sequence or acknowledgment number, or an amount with its unit after
 * the field (segments, seconds). Enter checks, as the button does.
 */
import type { ControlProps } from './control.ts';

export interface NumberProps extends Omit<ControlProps<unknown, string>, 'question'> {
  /** What the field is for, read as its label. */
  readonly label: string;
  /** The unit written after the field, if any. */
  readonly unit?: string;
}

export function NumberControl({ label, unit, response, disabled, idBase, promptId, statusId, problem, onAnswer, onCheck }: NumberProps) {
  return (
    <div class="quiz-number">
      <label for={`${idBase}-input`}>{label}</label>
      <span class="quiz-number-field">
        <input
          id={`${idBase}-input`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          value={response ?? ''}
          disabled={disabled}
          aria-describedby={`${promptId} ${statusId}`}
          aria-invalid={problem ? 'true' : undefined}
          onInput={(e) => onAnswer((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onCheck();
          }}
        />
        {unit && <span class="quiz-unit"> {unit}</span>}
      </span>
    </div>
  );
}
