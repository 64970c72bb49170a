import { useTranslation } from 'react-i18next';
import type { ImportNote } from '../../app/contract/index.ts';

/** What an import tells about one file (invalid bytes, cues left out…), in the interface's language. */
export function ImportNotes({ notes }: { readonly notes: readonly ImportNote[] }) {
  const { t } = useTranslation();
  return notes.map((note) => (
    <span key={note.key} className="import-files__note">
      {t(`importNotes.${note.key}`, { count: note.count, where: note.where })}
    </span>
  ));
}
