import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Remembered on this computer: how one likes to read the margin, not part of the study. */
const KEY = 'verbatim.stripeNames';

/** Whether every coding stripe shows its code's name, and a setter that remembers it. */
export function useStripeNames(): [boolean, (value: boolean) => void] {
  const [names, setNames] = useState(() => localStorage.getItem(KEY) === 'true');
  const change = useCallback((value: boolean) => {
    localStorage.setItem(KEY, String(value));
    setNames(value);
  }, []);
  return [names, change];
}

interface Props {
  readonly pressed: boolean;
  readonly onChange: (value: boolean) => void;
}

/** A toggle over the stripes' gutter: compact bars, or bars with their names. */
export function StripeNamesToggle({ pressed, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="stripe-names-toggle"
      aria-pressed={pressed}
      aria-label={t('layout.stripeNamesLabel')}
      title={t('layout.stripeNamesLabel')}
      onClick={() => onChange(!pressed)}
    >
      <span className="stripe-names-toggle__icon" aria-hidden="true" />
      {t('layout.stripeNames')}
    </button>
  );
}
