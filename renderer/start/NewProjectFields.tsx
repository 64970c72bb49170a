import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewProjectCheck } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { messageOf } from '../ui/messageOf.ts';
import { newProjectPath } from './newProjectPath.ts';

interface Props {
  /** The file to create, or '' while the fields do not make one. */
  readonly onPath: (path: string) => void;
}

/** Checked after typing stops for this long, not at every key. */
const CHECK_DELAY_MS = 250;

type Verdict = { readonly kind: 'ok' | 'problem'; readonly text: string } | null;

/** What the shell's check says, as the key of the sentence to show. */
function problemOf(check: NewProjectCheck): 'folderMissing' | 'folderReadOnly' | 'nameTaken' | null {
  if (!check.folderExists) return 'folderMissing';
  if (!check.folderWritable) return 'folderReadOnly';
  return check.exists ? 'nameTaken' : null;
}

/** A labelled text field for a file name or folder: no spelling check, no autofill. */
function PlainField(props: {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly placeholder?: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <input
        type="text"
        name={props.name}
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}

/**
 * The browser's new project: a folder (the web shell's own folder to start with) and a name,
 * and, as they are typed, where the file will be and whether it can be: the folder exists,
 * Verbatim may write there, the name is free. Nothing is written before "Create".
 */
export function NewProjectFields({ onPath }: Props) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [name, setName] = useState('');
  const [verdict, setVerdict] = useState<Verdict>(null);

  useEffect(() => {
    let live = true;
    call('project/shellFolder', {})
      .then((shellFolder) => {
        // What the user typed meanwhile wins.
        if (live && shellFolder !== null) setFolder((current) => (current === '' ? shellFolder : current));
      })
      .catch(() => undefined); // without it, the field is simply empty
    return () => {
      live = false;
    };
  }, []);

  const target = newProjectPath(folder, name);
  const path = 'path' in target ? target.path : '';
  useEffect(() => onPath(path), [onPath, path]);

  useEffect(() => {
    if (path === '') return undefined;
    let live = true;
    const timer = setTimeout(() => {
      call('project/checkNew', { path })
        .then((check) => {
          if (!live) return;
          const problem = problemOf(check);
          setVerdict(
            problem === null
              ? { kind: 'ok', text: t('newProject.willCreate', { path: check.path }) }
              : { kind: 'problem', text: t(`newProject.${problem}`) },
          );
        })
        .catch((error: unknown) => live && setVerdict({ kind: 'problem', text: messageOf(error) }));
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [path, t]);

  const shown: Verdict =
    'problem' in target
      ? name.trim() === ''
        ? null
        : { kind: 'problem', text: t(`newProject.${target.problem}`) }
      : verdict;
  return (
    <>
      <PlainField
        label={t('newProject.folder')}
        name="folder"
        value={folder}
        onChange={(value) => {
          setVerdict(null);
          setFolder(value);
        }}
      />
      <PlainField
        label={t('newProject.name')}
        name="name"
        value={name}
        placeholder={t('newProject.namePlaceholder')}
        onChange={(value) => {
          setVerdict(null);
          setName(value);
        }}
      />
      <p
        className={`new-project__target${shown?.kind === 'problem' ? ' new-project__target--problem' : ''}`}
        role="status"
      >
        {shown?.text ?? t('newProject.hint')}
      </p>
    </>
  );
}
