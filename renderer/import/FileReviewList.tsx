import { useTranslation } from 'react-i18next';
import type { ImportPreviewFile } from '../../app/contract/index.ts';
import { reportedMessage } from '../ui/messageOf.ts';
import { ImportNotes } from './ImportNotes.tsx';

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingChoice = (typeof TEXT_ENCODINGS)[number];

interface Props {
  readonly files: readonly ImportPreviewFile[];
  readonly onEncoding: (file: string, encoding: TextEncodingChoice) => void;
}

const ENCODING_FORMATS = new Set(['txt', 'md', 'vtt', 'srt']);

/** One row per file: what was read (format, encoding, turns, speakers), or why it cannot be. */
export function FileReviewList({ files, onEncoding }: Props) {
  const { t } = useTranslation();
  return (
    <table className="import-files">
      <caption className="visually-hidden">{t('importing.filesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importing.file')}</th>
          <th scope="col">{t('importing.encoding')}</th>
          <th scope="col">{t('importing.turns')}</th>
          <th scope="col">{t('importing.speakers')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) =>
          file.ok ? (
            <tr key={file.file} data-file={file.file}>
              <th scope="row">
                {file.file}
                {file.duplicateOf !== null && (
                  <span className="import-files__warning">
                    {t('importing.duplicateOf', { name: file.duplicateOf })}
                  </span>
                )}
                <ImportNotes notes={file.notes} />
              </th>
              <td>
                {ENCODING_FORMATS.has(file.format) ? (
                  <select
                    aria-label={t('importing.encodingOf', { file: file.file })}
                    value={file.encoding === 'utf-8-bom' ? 'utf-8' : file.encoding}
                    onChange={(event) => onEncoding(file.file, event.target.value as TextEncodingChoice)}
                  >
                    {TEXT_ENCODINGS.map((encoding) => (
                      <option key={encoding} value={encoding}>
                        {encoding === 'windows-1252' ? 'Windows-1252 / Latin-1' : encoding.toUpperCase()}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="muted">{file.format.toUpperCase()}</span>
                )}
              </td>
              <td>{file.segmentCount}</td>
              <td>{file.speakers.map((speaker) => speaker.label).join(', ') || '—'}</td>
            </tr>
          ) : (
            <tr key={file.file} data-file={file.file} className="import-files__failed">
              <th scope="row">{file.file}</th>
              <td colSpan={3}>{reportedMessage(file)}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
