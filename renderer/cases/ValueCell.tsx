import { useState } from 'react';
import type { Attribute } from '../../app/contract/index.ts';

interface Props {
  readonly attribute: Attribute;
  readonly value: string;
  readonly label: string;
  readonly onSave: (value: string) => Promise<void>;
}

/**
 * One editable value of the grid, with the input its type calls for. It saves on change
 * (choice, date) or when the user leaves the cell or presses Enter (text, number); Esc
 * puts the stored value back.
 */
export function ValueCell({ attribute, value, label, onSave }: Props) {
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  // A new value from the backend (after a save or an import) replaces the draft.
  if (value !== stored) {
    setStored(value);
    setDraft(value);
  }
  const commit = (next: string): void => {
    if (next !== value) void onSave(next).catch(() => setDraft(value));
  };
  if (attribute.type === 'choice') {
    return (
      <select
        aria-label={label}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          commit(event.target.value);
        }}
      >
        <option value="">—</option>
        {attribute.choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      aria-label={label}
      type={attribute.type === 'number' ? 'number' : attribute.type === 'date' ? 'date' : 'text'}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => commit(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(draft);
        if (event.key === 'Escape') setDraft(value);
      }}
    />
  );
}
