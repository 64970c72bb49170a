import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeCounts, MergeSide, ProjectMergeReport } from '../../app/contract/index.ts';
import { call, chooseFile, hasNativeFileDialogs } from '../api/client.ts';
import { CloseFooter } from '../import/CloseFooter.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';

interface Props {
  readonly onClose: (merged: boolean) => void;
}

function Counts({ counts }: { readonly counts: MergeCounts }) {
  const { t } = useTranslation();
  return (
    <>
      {(['documents', 'codes', 'codings', 'memos', 'cases'] as const).map((key) => (
        <td key={key} className="number">
          {counts[key]}
          <span className="visually-hidden"> {t(`team.counts.${key}`)}</span>
        </td>
      ))}
    </>
  );
}

/**
 * Merging another coder's project: first what would be added, matched and in conflict
 * (nothing changes), a choice per conflict, then the merge itself in one transaction.
 */
export function MergeDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const pathId = useId();
  const nativeDialogs = hasNativeFileDialogs();
  // In the desktop app, the handle of the file chosen in the native dialog; else the name typed.
  const [path, setPath] = useState('');
  const [chosenName, setChosenName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ProjectMergeReport | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const [done, setDone] = useState<ProjectMergeReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const lookAt = async (target: string): Promise<void> => {
    try {
      setPreview(await call('project/mergePreview', { path: target }));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  };

  const look = (event: FormEvent): void => {
    event.preventDefault();
    void lookAt(path);
  };

  const chooseAndLook = async (): Promise<void> => {
    try {
      const file = await chooseFile('mergeProject');
      if (!file) return;
      setPath(file.handle);
      setChosenName(file.name);
      setPreview(null);
      await lookAt(file.handle);
    } catch (caught) {
      setError(caught);
    }
  };

  const merge = async (): Promise<void> => {
    try {
      setDone(await call('project/merge', { path, resolutions: choices }));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  };

  const report = done ?? preview;
  return (
    <Dialog title={t('team.mergeTitle')} onClose={() => onClose(done !== null)} className="import-dialog">
      <ErrorNotice error={error} />
      {!done && nativeDialogs && (
        <div className="field">
          <div className="inline-form">
            <button type="button" className="button" onClick={() => void chooseAndLook()}>
              {t('projectFiles.chooseMerge')}
            </button>
            {chosenName !== null && <span>{t('projectFiles.chosen', { name: chosenName })}</span>}
          </div>
        </div>
      )}
      {!done && !nativeDialogs && (
        <form className="field" onSubmit={look}>
          <p className="muted">{t('projectFiles.folderHint')}</p>
          <label className="field__label" htmlFor={pathId}>
            {t('team.mergePath')}
          </label>
          <div className="inline-form">
            <input
              id={pathId}
              type="text"
              className="merge__path"
              placeholder={t('team.mergePlaceholder')}
              spellCheck={false}
              value={path}
              onChange={(event) => {
                // A report describes one file: a new path needs a new look before merging.
                setPath(event.target.value);
                setPreview(null);
              }}
            />
            <button type="submit" className="button" disabled={path.trim() === ''}>
              {t('team.mergePreview')}
            </button>
          </div>
        </form>
      )}
      {report && (
        <>
          <table className="matrix merge-report">
            <thead>
              <tr>
                <th scope="col" />
                {(['documents', 'codes', 'codings', 'memos', 'cases'] as const).map((key) => (
                  <th key={key} scope="col" className="number">
                    {t(`team.counts.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr data-row="added">
                <th scope="row">{done ? t('team.added') : t('team.toAdd')}</th>
                <Counts counts={report.added} />
              </tr>
              <tr data-row="matched">
                <th scope="row">{t('team.matched')}</th>
                <Counts counts={report.matched} />
              </tr>
            </tbody>
          </table>
          {report.conflicts.length > 0 && (
            <fieldset className="merge-conflicts" disabled={done !== null}>
              <legend>{t('team.conflicts', { count: report.conflicts.length })}</legend>
              {report.conflicts.map((conflict) => (
                <div key={conflict.key} className="merge-conflict" data-conflict={conflict.key}>
                  <strong>{conflict.label}</strong>
                  {conflict.resolvable ? (
                    (['ours', 'theirs'] as const).map((side) => (
                      <label key={side}>
                        <input
                          type="radio"
                          name={conflict.key}
                          checked={(choices[conflict.key] ?? 'ours') === side}
                          onChange={() => setChoices((current) => ({ ...current, [conflict.key]: side }))}
                        />
                        {t(`team.${side}`, { value: side === 'ours' ? conflict.ours : conflict.theirs })}
                      </label>
                    ))
                  ) : (
                    <span className="muted">
                      {t('team.unresolvable', { ours: conflict.ours, theirs: conflict.theirs })}
                    </span>
                  )}
                </div>
              ))}
            </fieldset>
          )}
        </>
      )}
      {done ? (
        <>
          <p className="import-report__ok" role="status">
            {t('team.merged')}
          </p>
          <CloseFooter onClose={() => onClose(true)} />
        </>
      ) : (
        <DialogButtons
          onCancel={() => onClose(false)}
          action={{ label: t('team.merge'), disabled: preview === null, onClick: () => void merge() }}
        />
      )}
    </Dialog>
  );
}
