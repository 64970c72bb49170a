import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILDER_OPERATORS, buildExpression, type BuilderOperator } from './completion.ts';

interface Props {
  readonly names: readonly string[];
  readonly expression: string;
  readonly onBuild: (expression: string) => void;
}

const CURRENT = '';

/** Picks codes and an operator and writes the expression they make into the field. */
export function QueryBuilder({ names, expression, onBuild }: Props) {
  const { t } = useTranslation();
  const [left, setLeft] = useState<string>(names[0] ?? '');
  const [operator, setOperator] = useState<BuilderOperator>('AND');
  const [right, setRight] = useState<string>(names[1] ?? names[0] ?? '');
  const [within, setWithin] = useState(200);
  const [unit, setUnit] = useState<'CHARACTERS' | 'TURNS'>('CHARACTERS');
  const distance = operator === 'NEAR' || operator === 'FOLLOWED BY';
  const hasCurrent = expression.trim() !== '';
  const leftName = left === CURRENT && hasCurrent ? null : left || (names[0] ?? '');
  return (
    // Folded until asked for: the expression field comes first, and the results stay in view.
    <details className="query-builder">
      <summary>{t('queryView.builder')}</summary>
      <select aria-label={t('queryView.left')} value={left} onChange={(event) => setLeft(event.target.value)}>
        {hasCurrent && <option value={CURRENT}>{t('queryView.current')}</option>}
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('queryView.operator')}
        value={operator}
        onChange={(event) => setOperator(event.target.value as BuilderOperator)}
      >
        {BUILDER_OPERATORS.map((item) => (
          <option key={item} value={item}>
            {t(`queryView.operators.${item === 'FOLLOWED BY' ? 'FOLLOWED' : item}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('queryView.right')}
        value={right}
        onChange={(event) => setRight(event.target.value)}
      >
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      {distance && (
        <>
          <label>
            {t('queryView.within')}
            <input
              type="number"
              min={0}
              max={10000000}
              value={within}
              onChange={(event) => setWithin(Math.max(0, Number(event.target.value) || 0))}
            />
          </label>
          {operator === 'FOLLOWED BY' && (
            <select
              aria-label={t('queryView.unit')}
              value={unit}
              onChange={(event) => setUnit(event.target.value as 'CHARACTERS' | 'TURNS')}
            >
              <option value="CHARACTERS">{t('queryView.characters')}</option>
              <option value="TURNS">{t('queryView.turns')}</option>
            </select>
          )}
        </>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={names.length === 0}
        onClick={() =>
          onBuild(
            buildExpression(expression, {
              left: leftName,
              operator,
              right: right || (names[0] ?? ''),
              within: distance ? within : null,
              unit,
            }),
          )
        }
      >
        {t('queryView.build')}
      </button>
    </details>
  );
}
