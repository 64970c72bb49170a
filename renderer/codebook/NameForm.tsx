import { useState } from 'react';

interface Props {
  readonly label: string;
  readonly submitLabel: string;
  readonly initial?: string;
  readonly onSubmit: (name: string) => void;
  readonly onCancel: () => void;
}

/** An inline one-field form for naming a code: Enter saves, Esc cancels. */
export function NameForm({ label, submitLabel, initial = '', onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  return (
    <form
      className="name-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim().length > 0) onSubmit(name.trim());
      }}
    >
      <input
        type="text"
        aria-label={label}
        placeholder={label}
        value={name}
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="submit" className="button button--small">
        {submitLabel}
      </button>
    </form>
  );
}
