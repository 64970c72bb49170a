import { useState } from 'react';

interface Props {
  readonly label: string;
  readonly submitLabel: string;
  readonly initial?: string;
  readonly onSubmit: (name: string) => void;
  readonly onCancel: () => void;
}

/**
 * An inline one-field form for naming a code: Enter saves, Esc cancels. Cancelled, it gives
 * the focus back to what had it when the form opened (the button or the row), rather than
 * letting it fall to the page's body with the form; saved, the caller places it.
 */
export function NameForm({ label, submitLabel, initial = '', onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  // Read while the form is first rendered: its field takes the focus once in the page.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
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
            if (opener?.isConnected) opener.focus();
          }
        }}
      />
      <button type="submit" className="button button--small">
        {submitLabel}
      </button>
    </form>
  );
}
