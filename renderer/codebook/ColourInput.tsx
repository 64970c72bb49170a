import { useEffect, useRef } from 'react';

interface Props {
  readonly value: string;
  readonly label: string;
  readonly onCommit: (colour: string) => void;
  /** False in the codebook rows: one tab stop per tree; the details dialog has the colour too. */
  readonly focusable?: boolean;
}

/**
 * The code's swatch is its colour picker. It saves on the native 'change' event (picker
 * closed), not on every 'input' while the user drags through colours.
 */
export function ColourInput({ value, label, onCommit, focusable = true }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(onCommit);
  useEffect(() => {
    commit.current = onCommit;
  }, [onCommit]);
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = (): void => commit.current(input.value);
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);
  useEffect(() => {
    if (ref.current && ref.current.value !== value) ref.current.value = value;
  }, [value]);
  return (
    <input
      ref={ref}
      type="color"
      className="swatch-input"
      aria-label={label}
      defaultValue={value}
      tabIndex={focusable ? undefined : -1}
    />
  );
}
