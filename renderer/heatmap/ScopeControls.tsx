import { useTranslation } from 'react-i18next';
import type { ScopeKind } from './useCooccurrence.ts';

interface Props {
  readonly scopeKind: ScopeKind;
  readonly near: number;
  readonly onScopeKind: (kind: ScopeKind) => void;
  readonly onNear: (near: number) => void;
}

/** The co-occurrence scope and, for "near", its distance in characters. */
export function ScopeControls({ scopeKind, near, onScopeKind, onNear }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('heatmap.scope')}
        <select value={scopeKind} onChange={(event) => onScopeKind(event.target.value as ScopeKind)}>
          {(['overlap', 'segment', 'near', 'document'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`heatmap.scopes.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {scopeKind === 'near' && (
        <label>
          {t('heatmap.nearChars')}
          <input
            type="number"
            min={0}
            max={1000000}
            value={near}
            onChange={(event) => onNear(Math.max(0, Number(event.target.value) || 0))}
          />
        </label>
      )}
    </>
  );
}
