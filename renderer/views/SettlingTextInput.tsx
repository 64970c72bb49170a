import { useEffect, useRef, useState } from 'react';

/** How long typing must pause before the filter is applied. */
const SETTLE_MS = 300;

interface Props {
  readonly value: string;
  readonly placeholder?: string | undefined;
  /** Called once typing stops (or on Enter or leaving the field), not at each keystroke. */
  readonly onSettle: (value: string) => void;
}

/**
 * A text field of the analysis filters: every view re-asks the backend when a filter
 * changes, so the typed text is passed on once it settles rather than letter by letter.
 */
export function SettlingTextInput({ value, placeholder, onSettle }: Props) {
  const [draft, setDraft] = useState(value);
  // A value changed from outside (filters reset) replaces the draft.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // The timer applies the text to the filters as they are then, not as they were when typed.
  const latestSettle = useRef(onSettle);
  useEffect(() => {
    latestSettle.current = onSettle;
  });
  const settle = (text: string): void => {
    clearTimeout(timer.current);
    if (text !== value) onSettle(text);
  };
  return (
    <input
      type="text"
      value={draft}
      placeholder={placeholder}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => latestSettle.current(text), SETTLE_MS);
      }}
      onBlur={() => settle(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') settle(draft);
      }}
    />
  );
}
