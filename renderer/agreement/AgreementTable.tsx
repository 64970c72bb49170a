import { useTranslation } from 'react-i18next';
import type { AgreementCodeFigures, AgreementFigures, AgreementResult } from '../../app/contract/index.ts';
import { formatCoefficient } from '../analysis/formatCoefficient.ts';

interface Props {
  readonly result: AgreementResult;
  readonly openCodeId: number | null;
  readonly onReview: (code: AgreementCodeFigures) => void;
}

/** A figure, or "—" with the reason it cannot be computed (in the cell's title). */
function Figure({
  value,
  reason,
  language,
}: {
  value: number | null;
  reason: string | undefined;
  language: string;
}) {
  return (
    <td
      className="number"
      title={value === null ? reason : undefined}
      data-null={value === null ? 'true' : undefined}
    >
      {value === null ? '—' : formatCoefficient(value, language)}
    </td>
  );
}

function Figures({ figures, language }: { figures: AgreementFigures; language: string }) {
  return (
    <>
      <Figure value={figures.percent} reason={figures.reasons.percent} language={language} />
      <Figure value={figures.kappa} reason={figures.reasons.kappa} language={language} />
      <Figure value={figures.alpha} reason={figures.reasons.alpha} language={language} />
      <td className="number">{figures.units}</td>
      <td className="number">{figures.disagreements}</td>
    </>
  );
}

/** Per code and pooled: percent agreement, Cohen's kappa, Krippendorff's alpha, units, disagreements. */
export function AgreementTable({ result, openCodeId, onReview }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <table className="matrix agreement-table">
      <thead>
        <tr>
          <th scope="col">{t('agreement.code')}</th>
          <th scope="col" className="number">
            {t('agreement.percent')}
          </th>
          <th scope="col" className="number">
            κ
          </th>
          <th scope="col" className="number">
            α
          </th>
          <th scope="col" className="number">
            {t('agreement.units')}
          </th>
          <th scope="col" className="number">
            {t('agreement.disagreements')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('agreement.review')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {result.codes.map((code) => (
          <tr
            key={code.codeId}
            data-code={code.name}
            aria-current={code.codeId === openCodeId ? 'true' : undefined}
          >
            <th scope="row">{code.name}</th>
            <Figures figures={code} language={i18n.language} />
            <td>
              <button
                type="button"
                className="button button--small"
                disabled={code.disagreements === 0}
                onClick={() => onReview(code)}
              >
                {t('agreement.reviewButton')}
              </button>
            </td>
          </tr>
        ))}
        <tr className="agreement-table__pooled" data-code="">
          <th scope="row">{t('agreement.pooled')}</th>
          <Figures figures={result.pooled} language={i18n.language} />
          <td />
        </tr>
      </tbody>
    </table>
  );
}
