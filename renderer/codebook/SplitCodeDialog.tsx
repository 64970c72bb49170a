import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { mutate } from '../api/useQuery.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { useCodeExcerpts } from './useCodeExcerpts.ts';

interface Props {
  readonly code: Code;
  readonly onSplit: (created: Code, count: number) => void;
  readonly onClose: () => void;
  readonly onError: (error: unknown) => void;
}

/** Moves the chosen codings of a code to a new sibling code: a refinement of the codebook. */
export function SplitCodeDialog({ code, onSplit, onClose, onError }: Props) {
  const { t } = useTranslation();
  const excerpts = useCodeExcerpts(code.id, onError);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [name, setName] = useState('');
  const [splitting, setSplitting] = useState(false);
  const ready = chosen.size > 0 && name.trim() !== '' && !splitting;

  const toggle = (codingId: number, on: boolean): void =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(codingId);
      else next.delete(codingId);
      return next;
    });

  const split = async (): Promise<void> => {
    setSplitting(true);
    try {
      const created = await mutate('codes/split', {
        codeId: code.id,
        codingIds: [...chosen],
        newName: name.trim(),
      });
      onError(null);
      onSplit(created, chosen.size);
    } catch (error) {
      onError(error);
      setSplitting(false);
    }
  };

  return (
    <Dialog
      title={t('codeEditor.splitTitle', { name: code.name })}
      onClose={onClose}
      className="split-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void split();
        }}
      >
        <label className="code-editor__field">
          <span className="code-editor__label">{t('codeEditor.splitName')}</span>
          <input
            type="text"
            name="newName"
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <fieldset className="split-dialog__codings">
          <legend>{t('codeEditor.splitChoose')}</legend>
          {excerpts === null ? (
            <p className="muted small">{t('app.loading')}</p>
          ) : (
            <ul className="example-chooser__list">
              {excerpts.map((excerpt) => (
                <li key={excerpt.codingId}>
                  <label className="example-chooser__option" data-coding-id={excerpt.codingId}>
                    <input
                      type="checkbox"
                      checked={chosen.has(excerpt.codingId)}
                      onChange={(event) => toggle(excerpt.codingId, event.target.checked)}
                    />
                    <span className="example-chooser__quote">«{excerpt.quote}»</span>
                    <span className="muted small">{excerpt.documentName}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <DialogButtons
          onCancel={onClose}
          action={{ label: t('codeEditor.splitButton', { count: chosen.size }), disabled: !ready }}
        />
      </form>
    </Dialog>
  );
}
