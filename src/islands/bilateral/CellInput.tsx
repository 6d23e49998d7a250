/**
 * A text field inside the partners table. The column header says what it holds; its
 * accessible name says which row ("Exports to China"). Its error sits right under it.
 */
interface Props {
  id: string;
  label: string;
  value: string;
  error: string | null | undefined;
  maxLength?: number | undefined;
  onInput: (text: string) => void;
}

export default function CellInput({ id, label, value, error, maxLength, onInput }: Props) {
  return (
    <>
      <input
        id={id}
        type="text"
        autocomplete="off"
        spellcheck={false}
        maxLength={maxLength}
        aria-label={label}
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => {
          onInput(event.currentTarget.value);
        }}
      />
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}
