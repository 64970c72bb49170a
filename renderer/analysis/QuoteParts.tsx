import { useTranslation } from 'react-i18next';
import type { QuoteTurn } from '../../app/contract/index.ts';

/**
 * A quote across turns, each speaker's part on its own line after the speaker's name, so
 * that no one is shown saying another's words (the excerpt card, the disagreement review).
 */
export function QuoteParts({ turns }: { readonly turns: readonly QuoteTurn[] }) {
  const { t } = useTranslation();
  return turns.map((turn) => (
    <span className="excerpt__turn" key={turn.segmentOrdinal}>
      {turn.speaker !== null && (
        <>
          <span className="excerpt__speaker">{t('quoteTurns.label', { speaker: turn.speaker })}</span>{' '}
        </>
      )}
      {turn.quote}
    </span>
  ));
}
