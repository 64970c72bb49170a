import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogButtons } from '../../ui/DialogButtons.tsx';

/** An empty field means "none". */
function labelOf(value: string): string | null {
  const trimmed = value.replace(/\s+/gu, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

interface TurnLabelProps {
  readonly speaker: string | null;
  readonly timestamp: string | null;
  readonly onApply: (speaker: string | null, timestamp: string | null) => void;
  readonly onClose: () => void;
}

/** The speaker and time of the turn at the caret. */
export function TurnLabelDialog({ speaker, timestamp, onApply, onClose }: TurnLabelProps) {
  const { t } = useTranslation();
  const [speakerValue, setSpeakerValue] = useState(speaker ?? '');
  const [timeValue, setTimeValue] = useState(timestamp ?? '');
  const id = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onApply(labelOf(speakerValue), labelOf(timeValue));
  };
  return (
    <Dialog title={t('editing.turnTitle')} onClose={onClose}>
      <form className="edit-form" onSubmit={submit}>
        <label htmlFor={`${id}-speaker`}>{t('editing.speaker')}</label>
        <input
          id={`${id}-speaker`}
          type="text"
          value={speakerValue}
          maxLength={200}
          autoFocus
          onChange={(event) => setSpeakerValue(event.target.value)}
        />
        <label htmlFor={`${id}-time`}>{t('editing.timestamp')}</label>
        <input
          id={`${id}-time`}
          type="text"
          value={timeValue}
          maxLength={50}
          placeholder="00:12:31"
          onChange={(event) => setTimeValue(event.target.value)}
        />
        <p className="muted small">{t('editing.emptyMeansNone')}</p>
        <DialogButtons onCancel={onClose} action={{ label: t('editing.apply') }} />
      </form>
    </Dialog>
  );
}

interface RenameSpeakerProps {
  readonly speakers: readonly string[];
  readonly initial: string | null;
  readonly onApply: (from: string, to: string | null) => void;
  readonly onClose: () => void;
}

/** Renames one speaker in every turn of the document. */
export function RenameSpeakerDialog({ speakers, initial, onApply, onClose }: RenameSpeakerProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(initial ?? speakers[0] ?? '');
  const [to, setTo] = useState('');
  const id = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (from !== '') onApply(from, labelOf(to));
  };
  return (
    <Dialog title={t('editing.renameSpeakerTitle')} onClose={onClose}>
      <form className="edit-form" onSubmit={submit}>
        <label htmlFor={`${id}-from`}>{t('editing.renameFrom')}</label>
        <select id={`${id}-from`} value={from} onChange={(event) => setFrom(event.target.value)}>
          {speakers.map((speaker) => (
            <option key={speaker} value={speaker}>
              {speaker}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-to`}>{t('editing.renameTo')}</label>
        <input
          id={`${id}-to`}
          type="text"
          value={to}
          maxLength={200}
          autoFocus
          onChange={(event) => setTo(event.target.value)}
        />
        <DialogButtons
          onCancel={onClose}
          action={{ label: t('editing.renameApply'), disabled: from === '' || labelOf(to) === from }}
        />
      </form>
    </Dialog>
  );
}
