import { useTranslation } from 'react-i18next';
import type { FindingGroup } from '../../app/contract/index.ts';
import { AddSpellingForm } from './AddSpellingForm.tsx';
import { findingKey, manualFinding, type IdentifierDecision } from './identifierDecisions.ts';

interface Props {
  readonly groups: readonly FindingGroup[];
  readonly decisions: Readonly<Record<string, IdentifierDecision>>;
  readonly onDecide: (key: string, decision: IdentifierDecision) => void;
  /** Adds a spelling the scan did not find, already accepted with its replacement. */
  readonly onAdd: (group: FindingGroup, decision: IdentifierDecision) => void;
}

/** Shows ⟦finding⟧ in its context with the finding emphasised. */
function Context({ text }: { readonly text: string }) {
  const parts = text.split(/⟦|⟧/u);
  return (
    <span className="identifier__context">
      {parts.map((part, index) =>
        index % 2 === 1 ? <mark key={index}>{part}</mark> : <span key={index}>{part}</span>,
      )}
    </span>
  );
}

/**
 * Likely identifiers across the batch, each with its context: tick to replace, edit the
 * replacement; giving several findings the same replacement links them as one person.
 */
export function IdentifierReview({ groups, decisions, onDecide, onAdd }: Props) {
  const { t } = useTranslation();
  const add = (
    <AddSpellingForm
      onAdd={(text, replacement) => onAdd(manualFinding(text), { accepted: true, replacement })}
    />
  );
  if (groups.length === 0) {
    return (
      <>
        <p className="muted">{t('importing.noIdentifiers')}</p>
        {add}
      </>
    );
  }
  return (
    <>
      <ul className="identifier-list">
        {groups.map((group) => {
          const key = findingKey(group);
          const decision = decisions[key] ?? { accepted: false, replacement: group.suggestion };
          return (
            <li key={key} className="identifier" data-finding={group.text}>
              <label className="identifier__accept">
                <input
                  type="checkbox"
                  checked={decision.accepted}
                  onChange={(event) => onDecide(key, { ...decision, accepted: event.target.checked })}
                />
                <span className="identifier__kind">{t(`importing.kinds.${group.kind}`)}</span>
                <strong className="identifier__text">{group.text}</strong>
                {group.count > 0 && (
                  <span className="muted small">{t('importing.occurrences', { count: group.count })}</span>
                )}
              </label>
              <input
                type="text"
                className="identifier__replacement"
                aria-label={t('importing.replacementFor', { text: group.text })}
                value={decision.replacement}
                onChange={(event) => onDecide(key, { accepted: true, replacement: event.target.value })}
              />
              {group.contexts[0] !== undefined && <Context text={group.contexts[0]} />}
            </li>
          );
        })}
      </ul>
      {add}
    </>
  );
}
