import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`: a field typed into (a distance, a
 * speaker) then asks the backend once for the number typed, not once per keystroke.
 */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
