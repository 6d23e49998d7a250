/**
 * Pieces every calculator shows the same way: the row of preset buttons (real figures or
 * made-up examples) and the notice that a result is the last one that worked.
 */

interface PresetButtonsProps<P extends { id: string; label: string }> {
  /** What the buttons fill in, e.g. "Real figures" or "Made-up examples". */
  label: string;
  presets: readonly P[];
  /** The preset whose figures are in the fields now, if any. */
  selectedId: string | null;
  onSelect: (preset: P) => void;
}

export function PresetButtons<P extends { id: string; label: string }>({
  label,
  presets,
  selectedId,
  onSelect,
}: PresetButtonsProps<P>) {
  return (
    <div class="calc-presets" role="group" aria-label={label}>
      <span class="calc-presets-label">{label}:</span>
      {presets.map((preset) => (
        <button
          key={preset.id}
          type="button"
          class="button secondary"
          aria-pressed={selectedId === preset.id ? 'true' : 'false'}
          onClick={() => {
            onSelect(preset);
          }}
        >
          {preset.label}
        </button>
      ))}
    </div>
  );
}

/** Shown while a field cannot be read, above the result it kept from before. */
export function StaleNotice() {
  return (
    <p class="calc-stale" role="status">
      Showing the last result that worked. Fix the field marked in red to update it.
    </p>
  );
}
