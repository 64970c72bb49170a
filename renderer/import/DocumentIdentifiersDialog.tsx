import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingGroup, PseudonymiseReport } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { CloseFooter } from './CloseFooter.tsx';
import { IdentifierReview } from './IdentifierReview.tsx';
import { SaveMappingButton } from './SaveMappingButton.tsx';
import {
  findingKey,
  initialDecisions,
  replacementsFrom,
  type IdentifierDecision,
} from './identifierDecisions.ts';

interface Props {
  readonly documentId: number;
  readonly documentName: string;
  readonly onClose: (changed: boolean) => void;
}

/**
 * The import's identifier scan, run on a document already in the project. Replacing keeps
 * every coding on its passage, but cannot be undone (the original must not stay in the
 * file's history): the researcher confirms first.
 */
export function DocumentIdentifiersDialog({ documentId, documentName, onClose }: Props) {
  const { t } = useTranslation();
  const [groups, setGroups] = useState<readonly FindingGroup[] | null>(null);
  const [decisions, setDecisions] = useState<Record<string, IdentifierDecision>>({});
  const [confirming, setConfirming] = useState(false);
  const [report, setReport] = useState<PseudonymiseReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  // An apply that fails after its rewrite (the file could not be compacted) changed the text
  // all the same: the document is read again after any attempt.
  const [applied, setApplied] = useState(false);

  useEffect(() => {
    call('pseudonymise/scanDocuments', { documentIds: [documentId] })
      .then((found) => {
        setGroups(found);
        setDecisions(initialDecisions(found));
      })
      .catch(setError);
  }, [documentId]);

  const [added, setAdded] = useState<FindingGroup[]>([]);
  const shown = useMemo(() => [...(groups ?? []), ...added], [groups, added]);
  const replacements = useMemo(() => replacementsFrom(shown, decisions), [shown, decisions]);

  const apply = async (): Promise<void> => {
    try {
      setReport(await call('pseudonymise/applyToDocuments', { documentIds: [documentId], replacements }));
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setConfirming(false);
      setApplied(true);
    }
  };

  return (
    <Dialog
      title={t('identifiers.title', { name: documentName })}
      onClose={() => onClose(applied)}
      className="import-dialog"
    >
      <ErrorNotice error={error} />
      {groups === null && !error && <p role="status">{t('identifiers.scanning')}</p>}
      {groups !== null && report === null && (
        <>
          <p className="muted small">{t('identifiers.hint')}</p>
          <IdentifierReview
            groups={shown}
            decisions={decisions}
            onDecide={(key, decision) => setDecisions((current) => ({ ...current, [key]: decision }))}
            onAdd={(group, decision) => {
              setAdded((current) => [...current.filter((item) => item.text !== group.text), group]);
              setDecisions((current) => ({ ...current, [findingKey(group)]: decision }));
            }}
          />
          {confirming && (
            <p className="import-report__failed-title" role="alert">
              {t('identifiers.confirm', { count: replacements.length })}
            </p>
          )}
          <DialogButtons
            onCancel={() => onClose(false)}
            action={
              confirming
                ? { label: t('identifiers.confirmApply'), danger: true, onClick: () => void apply() }
                : {
                    label: t('identifiers.apply'),
                    disabled: replacements.length === 0,
                    onClick: () => setConfirming(true),
                  }
            }
          >
            <SaveMappingButton replacements={replacements} onError={setError} />
          </DialogButtons>
        </>
      )}
      {report && (
        <>
          <p className="import-report__ok" role="status">
            {t('identifiers.done', { count: report.replaced + report.elsewhere })}
          </p>
          <CloseFooter onClose={() => onClose(true)} />
        </>
      )}
    </Dialog>
  );
}
