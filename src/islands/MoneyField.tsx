/**
 * A labelled text field for an amount of money. It shows its own error beside it and marks
 * itself invalid for assistive technology; parsing is done by the caller through src/logic.
 */
interface Props {
  /** Unique id for the input; the hint and error ids derive from it. */
  id: string;
  label: string;
  value: string;
  /** The message to show when the text cannot be used, or null when it is fine. */
  error: string | null;
  /** The id of a hint that applies to this field (often shared by a group of fields). */
  hintId?: string;
  onInput: (text: string) => void;
}

export default function MoneyField({ id, label, value, error, hintId, onInput }: Props) {
  const errorId = `${id}-error`;
  const describedBy = [hintId ?? null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="text"
        autocomplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy || undefined}
        onInput={(event) => {
          onInput(event.currentTarget.value);
        }}
      />
      {error && (
        <span class="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
