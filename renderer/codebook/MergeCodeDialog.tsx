import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, MergeReport } from '../../app/contract/index.ts';
import { mutate, useQuery } from '../api/useQuery.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { subtreeIds } from './codeTree.ts';

interface Props {
  readonly source: Code;
  readonly codes: readonly Code[];
  readonly onMerged: (report: MergeReport) => void;
  readonly onClose: () => void;
  readonly onError: (error: unknown) => void;
}

/** Merges a code into another, saying first how many codings move and how many collapse. */
export function MergeCodeDialog({ source, codes, onMerged, onClose, onError }: Props) {
  const { t } = useTranslation();
  // The backend refuses a target inside the source (it would be deleted with it).
  const excluded = subtreeIds(codes, source.id);
  const targets = codes.filter((code) => !excluded.has(code.id)).sort((a, b) => a.name.localeCompare(b.name));
  const [targetId, setTargetId] = useState<number | null>(null);
  const [merging, setMerging] = useState(false);
  const target = targets.find((code) => code.id === targetId) ?? null;
  // The backend counts by the merge's own rule, without sending every excerpt of both codes.
  const preview = useQuery(
    'codes/mergePreview',
    target ? { sourceId: source.id, targetId: target.id } : null,
    onError,
  );
  const counts = target && !preview.loading ? (preview.data ?? null) : null;

  const merge = async (): Promise<void> => {
    if (targetId === null) return;
    setMerging(true);
    try {
      const report = await mutate('codes/merge', { sourceId: source.id, targetId });
      onError(null);
      onMerged(report);
    } catch (error) {
      onError(error);
      setMerging(false);
    }
  };

  return (
    <Dialog
      title={t('codeEditor.mergeTitle', { name: source.name })}
      onClose={onClose}
      className="merge-dialog"
    >
      <label className="code-editor__field">
        <span className="code-editor__label">{t('codeEditor.mergeInto')}</span>
        <select
          name="target"
          value={targetId ?? ''}
          autoFocus
          onChange={(event) => setTargetId(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{t('codeEditor.chooseTarget')}</option>
          {targets.map((code) => (
            <option key={code.id} value={code.id}>
              {code.name}
            </option>
          ))}
        </select>
      </label>
      {target && (
        <div className="merge-dialog__preview" role="status">
          {counts === null ? (
            <p className="muted">{t('app.loading')}</p>
          ) : (
            <>
              <p className="merge-dialog__moves">
                {t('codeEditor.mergeMoves', { count: counts.movedCodings, target: target.name })}
              </p>
              <p className="merge-dialog__collapses">
                {t('codeEditor.mergeCollapses', { count: counts.collapsedDuplicates, target: target.name })}
              </p>
              <p className="muted small">
                {t('codeEditor.mergeRest', { source: source.name, target: target.name })}
              </p>
            </>
          )}
        </div>
      )}
      <DialogButtons
        onCancel={onClose}
        action={{
          label: t('codeEditor.merge'),
          disabled: counts === null || merging,
          onClick: () => void merge(),
        }}
      />
    </Dialog>
  );
}
