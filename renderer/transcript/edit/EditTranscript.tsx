import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coding, DocumentDetail } from '../../../app/contract/index.ts';
import { CodingPainter } from '../highlights.ts';
import { ConfirmDiscard } from './ConfirmDiscard.tsx';
import { $isEditTurnNode, EditTurnNode } from './EditTurnNode.ts';
import { paintEditedCodings } from './paintEdited.ts';
import { $buildEditTurns, $caretTurn, $editedTurns, $joinWithPrevious, $turns } from './turnCommands.ts';
import { turnChangesOf, type TurnOperation } from './turnChanges.ts';
import type { TextEdit } from '../../../app/text/textEdits.ts';
import { RenameSpeakerDialog, TurnLabelDialog } from './TurnLabelDialogs.tsx';
import { TurnKeysPlugin, type TurnKeyRefusal } from './TurnKeysPlugin.tsx';

export interface DocumentEdit {
  readonly edits: TextEdit[];
  readonly turns: TurnOperation[];
}

interface Props {
  readonly document: DocumentDetail;
  readonly codings: readonly Coding[];
  readonly codes: readonly Code[];
  readonly saving: boolean;
  readonly onSave: (edit: DocumentEdit) => void;
  /** Leaves edit mode without saving (after asking, when something changed). */
  readonly onCancel: () => void;
  readonly onDirty: (dirty: boolean) => void;
}

type Hint = TurnKeyRefusal | { readonly emptyTurn: number } | null;
type OpenDialog = 'turn' | 'rename' | 'discard' | null;

/** Hands the editor to the view, which acts on it from its toolbar. */
function EditorCapture({ onEditor }: { readonly onEditor: (editor: LexicalEditor) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => onEditor(editor), [editor, onEditor]);
  return null;
}

/**
 * Edit mode of one transcript: the same turns, now editable (a Lexical editor with one
 * EditTurnNode per turn), its codings still painted where their text has gone. Nothing is
 * stored until Save, which sends the whole edit as one `documents/edit` call.
 */
export function EditTranscript({ document, codings, codes, saving, onSave, onCancel, onDirty }: Props) {
  const { t } = useTranslation();
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [dirty, setDirty] = useState(false);
  const [hint, setHint] = useState<Hint>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // The turn of the caret, kept while the toolbar has the focus.
  const [caret, setCaret] = useState<{
    key: string;
    index: number;
    speaker: string | null;
    timestamp: string | null;
  } | null>(null);
  const ownCodings = useMemo(
    () => codings.filter((coding) => coding.documentId === document.id),
    [codings, document.id],
  );
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'verbatim-transcript-edit',
      nodes: [EditTurnNode],
      editable: true,
      theme: { root: 'transcript__text transcript__text--editing' },
      editorState: () => $buildEditTurns(document),
      onError: (error: Error) => {
        throw error;
      },
    }),
    [document],
  );

  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  // One painter per edit session: it repaints only the codings whose place changed.
  const painter = useMemo(() => new CodingPainter(), []);
  // After each change: repaint the codings where their text went, mark the caret's turn.
  useEffect(() => {
    if (!editor) return;
    const stored = JSON.stringify(editor.getEditorState().read($editedTurns));
    // Painted as soon as Lexical has updated the DOM, so the highlights never lag a keystroke.
    const track = (): void => {
      const root = editor.getRootElement();
      editor.getEditorState().read(() => {
        const turns = $turns();
        setDirty(JSON.stringify($editedTurns()) !== stored);
        if (root)
          paintEditedCodings(
            painter,
            root,
            document.text,
            turns.map((turn) => turn.getTextContent()),
            ownCodings,
            codes,
          );
        const current = $caretTurn();
        root?.querySelectorAll('[data-active]').forEach((element) => element.removeAttribute('data-active'));
        if (current) {
          editor.getElementByKey(current.getKey())?.setAttribute('data-active', 'true');
          setCaret({
            key: current.getKey(),
            index: current.getIndexWithinParent(),
            speaker: current.getSpeaker(),
            timestamp: current.getTimestamp(),
          });
        }
      });
    };
    track();
    return editor.registerUpdateListener(track);
  }, [editor, document.text, ownCodings, codes, painter]);
  useEffect(() => () => painter.clear(), [painter]);

  // Read at each render (the caret moved, a turn was relabelled): a few hundred turns at most.
  const speakers = editor
    ? [...new Set(editor.getEditorState().read(() => $turns().flatMap((turn) => turn.getSpeaker() ?? [])))]
    : [];

  const save = (): void => {
    if (!editor || saving) return;
    const changes = turnChangesOf(document, editor.getEditorState().read($editedTurns));
    if (!changes.ok) {
      setHint({ emptyTurn: changes.emptyTurn });
      return;
    }
    onSave({ edits: changes.edits, turns: changes.turns });
  };

  const cancel = (): void => {
    if (dirty) setDialog('discard');
    else onCancel();
  };

  const updateCaretTurn = (change: (turn: EditTurnNode) => void): void => {
    if (!editor || !caret) return;
    editor.update(() => {
      const turn = $turns().find((node) => node.getKey() === caret.key);
      if ($isEditTurnNode(turn)) change(turn);
    });
    editor.focus();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    // Keys typed in a dialog of edit mode are the dialog's.
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape' && dialog === null) {
      event.preventDefault();
      cancel();
    }
  };

  const onRefused = useCallback((why: TurnKeyRefusal) => setHint(why), []);

  return (
    <section
      className="transcript transcript--editing"
      aria-label={t('editing.label', { name: document.name })}
      onKeyDown={onKeyDown}
    >
      <div className="edit-bar" role="toolbar" aria-label={t('editing.toolbar')}>
        <span className="edit-bar__state" role="status">
          {dirty ? t('editing.stateChanged') : t('editing.state')}
        </span>
        <button type="button" className="button" disabled={!caret} onClick={() => setDialog('turn')}>
          {t('editing.turnLabels')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!caret || caret.index === 0}
          onClick={() => updateCaretTurn((turn) => void $joinWithPrevious(turn))}
        >
          {t('editing.joinPrevious')}
        </button>
        <button
          type="button"
          className="button"
          disabled={speakers.length === 0}
          onClick={() => setDialog('rename')}
        >
          {t('editing.renameSpeaker')}
        </button>
        <span className="edit-bar__end">
          <button type="button" className="button" onClick={cancel}>
            {t('app.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={!dirty || saving} onClick={save}>
            {saving ? t('editing.saving') : t('editing.save')}
          </button>
        </span>
      </div>
      <p className="hint edit-hint" role="status">
        {hint === null
          ? t('editing.keys')
          : typeof hint === 'string'
            ? t(`editing.refused.${hint}`)
            : t('editing.emptyTurn', { number: hint.emptyTurn + 1 })}
      </p>
      <div className="transcript-edit__scroll">
        <LexicalComposer initialConfig={initialConfig}>
          <PlainTextPlugin
            contentEditable={
              <ContentEditable
                className="transcript__text transcript__text--editing"
                aria-label={t('editing.textLabel', { name: document.name })}
                aria-multiline
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <HistoryPlugin />
          {/* The keyboard goes to the text: edit mode starts from a key press as well as a click. */}
          <AutoFocusPlugin defaultSelection="rootStart" />
          <TurnKeysPlugin storedTurns={document.segments.length} onRefused={onRefused} />
          <EditorCapture onEditor={setEditor} />
        </LexicalComposer>
      </div>
      {dialog === 'turn' && caret && (
        <TurnLabelDialog
          speaker={caret.speaker}
          timestamp={caret.timestamp}
          onClose={() => setDialog(null)}
          onApply={(speaker, timestamp) => {
            setDialog(null);
            updateCaretTurn((turn) => turn.setLabels(speaker, timestamp));
          }}
        />
      )}
      {dialog === 'rename' && (
        <RenameSpeakerDialog
          speakers={speakers}
          initial={caret?.speaker ?? null}
          onClose={() => setDialog(null)}
          onApply={(from, to) => {
            setDialog(null);
            editor?.update(() => {
              for (const turn of $turns())
                if (turn.getSpeaker() === from) turn.setLabels(to, turn.getTimestamp());
            });
            editor?.focus();
          }}
        />
      )}
      {dialog === 'discard' && (
        <ConfirmDiscard
          onKeep={() => {
            setDialog(null);
            editor?.focus();
          }}
          onDiscard={() => {
            setDialog(null);
            onCancel();
          }}
        />
      )}
    </section>
  );
}
