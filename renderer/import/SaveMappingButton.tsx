import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { downloadFile } from '../analysis/download.ts';

interface Props {
  readonly replacements: readonly { readonly variants: readonly string[]; readonly replacement: string }[];
  readonly onError: (error: unknown) => void;
}

/** Downloads the replacement table (original → replacement): kept outside the project, on request only. */
export function SaveMappingButton({ replacements, onError }: Props) {
  const { t } = useTranslation();
  const save = async (): Promise<void> => {
    try {
      downloadFile(
        await call('pseudonymise/mappingFile', {
          replacements: replacements.map((item) => ({
            variants: [...item.variants],
            replacement: item.replacement,
          })),
        }),
      );
    } catch (caught) {
      onError(caught);
    }
  };
  return (
    <button type="button" className="button" disabled={replacements.length === 0} onClick={() => void save()}>
      {t('importing.saveMapping')}
    </button>
  );
}
