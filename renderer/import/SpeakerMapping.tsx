import { useTranslation } from 'react-i18next';
import type { SpeakerCount } from '../../app/contract/index.ts';

interface Props {
  readonly speakers: readonly SpeakerCount[];
  readonly edits: Readonly<Record<string, string>>;
  readonly onEdit: (label: string, value: string) => void;
}

/**
 * The detected speaker labels of the whole batch, each renamable: the researcher confirms
 * them and can map variants to one name (Enquêteur, Q, E1 → Interviewer). Empty = no speaker.
 */
export function SpeakerMapping({ speakers, edits, onEdit }: Props) {
  const { t } = useTranslation();
  if (speakers.length === 0) return <p className="muted">{t('importing.noSpeakers')}</p>;
  return (
    <>
      <table className="import-speakers">
        <caption className="visually-hidden">{t('importing.speakersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importing.detected')}</th>
            <th scope="col">{t('importing.turns')}</th>
            <th scope="col">{t('importing.renameTo')}</th>
          </tr>
        </thead>
        <tbody>
          {speakers.map((speaker) => (
            <tr key={speaker.label}>
              <th scope="row">{speaker.label}</th>
              <td>{speaker.turns}</td>
              <td>
                <input
                  type="text"
                  list="speaker-targets"
                  aria-label={t('importing.renameSpeaker', { label: speaker.label })}
                  value={edits[speaker.label] ?? speaker.label}
                  onChange={(event) => onEdit(speaker.label, event.target.value)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <datalist id="speaker-targets">
        <option value={t('importing.interviewer')} />
        <option value={t('importing.respondent')} />
      </datalist>
    </>
  );
}
