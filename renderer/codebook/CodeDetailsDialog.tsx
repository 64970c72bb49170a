import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { mutate } from '../api/useQuery.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { ExampleChooser } from './ExampleChooser.tsx';
import { useCodeExcerpts } from './useCodeExcerpts.ts';

interface Props {
  readonly code: Code;
  /** The memo button of this code (from the memos module), shown in the footer. */
  readonly memoButton?: ReactNode;
  readonly onClose: () => void;
  readonly onError: (error: unknown) => void;
}

type Fields = Pick<
  Code,
  'name' | 'color' | 'description' | 'inclusion' | 'exclusion' | 'exampleCodingId' | 'archived'
>;

/**
 * Everything a codebook says about a code: name, colour, definition, inclusion and exclusion
 * criteria, an anchor example among its codings, and whether it is archived. One Save sends
 * only the fields that changed, so the history reads "Edit code «X»" once.
 */
export function CodeDetailsDialog({ code, memoButton, onClose, onError }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Fields>({
    name: code.name,
    color: code.color,
    description: code.description,
    inclusion: code.inclusion,
    exclusion: code.exclusion,
    exampleCodingId: code.exampleCodingId,
    archived: code.archived,
  });
  const [saving, setSaving] = useState(false);
  const excerpts = useCodeExcerpts(code.id, onError);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]): void =>
    setFields((previous) => ({ ...previous, [key]: value }));

  const save = async (): Promise<void> => {
    const changed = Object.fromEntries(
      (Object.keys(fields) as (keyof Fields)[])
        .filter((key) => fields[key] !== code[key])
        .map((key) => [key, key === 'name' ? fields.name.trim() : fields[key]]),
    ) as Partial<Fields>;
    if (Object.keys(changed).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      await mutate('codes/update', { id: code.id, ...changed });
      onError(null);
      onClose();
    } catch (error) {
      onError(error);
      setSaving(false);
    }
  };

  const textArea = (key: 'description' | 'inclusion' | 'exclusion', label: string, hint: string) => (
    <label className="code-editor__field">
      <span className="code-editor__label">{label}</span>
      <textarea
        name={key}
        rows={key === 'description' ? 3 : 2}
        value={fields[key]}
        placeholder={hint}
        onChange={(event) => set(key, event.target.value)}
      />
    </label>
  );

  return (
    <Dialog title={t('codeEditor.title', { name: code.name })} onClose={onClose} className="code-editor">
      <form
        className="code-editor__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (fields.name.trim() !== '') void save();
        }}
      >
        <div className="code-editor__row">
          <label className="code-editor__field code-editor__field--grow">
            <span className="code-editor__label">{t('codeEditor.name')}</span>
            <input
              type="text"
              name="name"
              required
              value={fields.name}
              onChange={(event) => set('name', event.target.value)}
            />
          </label>
          <label className="code-editor__field">
            <span className="code-editor__label">{t('codeEditor.colour')}</span>
            <input
              type="color"
              name="color"
              className="code-editor__colour"
              value={fields.color}
              onChange={(event) => set('color', event.target.value)}
            />
          </label>
        </div>
        {textArea('description', t('codeEditor.definition'), t('codeEditor.definitionHint'))}
        {textArea('inclusion', t('codeEditor.inclusion'), t('codeEditor.inclusionHint'))}
        {textArea('exclusion', t('codeEditor.exclusion'), t('codeEditor.exclusionHint'))}
        <ExampleChooser
          excerpts={excerpts}
          value={fields.exampleCodingId}
          onChange={(id) => set('exampleCodingId', id)}
        />
        <label className="code-editor__archive">
          <input
            type="checkbox"
            name="archived"
            checked={fields.archived}
            onChange={(event) => set('archived', event.target.checked)}
          />
          {t('codeEditor.archived')}
        </label>
        <DialogButtons
          className="code-editor__buttons"
          start={memoButton && <div className="code-editor__memo">{memoButton}</div>}
          onCancel={onClose}
          action={{ label: t('codebook.save'), disabled: saving }}
        />
      </form>
    </Dialog>
  );
}
