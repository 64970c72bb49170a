import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Coding, Excerpt, ProjectInfo } from '../../app/contract/index.ts';
import { mutate } from '../api/useQuery.ts';
import { RightPanel } from './RightPanel.tsx';
import { CodebookTree } from '../codebook/CodebookTree.tsx';
import { CodePalette, type PaletteChoice } from '../palette/CodePalette.tsx';
import { MemoButton } from '../memos/MemoButton.tsx';
import { MemosLauncher } from '../memos/MemosLauncher.tsx';
import type { CanonicalRange } from '../transcript/offsets.ts';
import { TranscriptView, type JumpTarget, type TranscriptHandle } from '../transcript/TranscriptView.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { DocumentIdentifiersDialog } from '../import/DocumentIdentifiersDialog.tsx';
import { DocumentMenu } from './DocumentMenu.tsx';
import { useDocumentDeletion } from './useDocumentDeletion.ts';
import { AnalysisArea } from '../views/AnalysisArea.tsx';
import { CentreTabs, type CentreView } from '../views/CentreTabs.tsx';
import { CodingToolbar } from './CodingToolbar.tsx';
import { HistoryControls } from '../history/HistoryControls.tsx';
import { useProjectHistory } from '../history/useProjectHistory.ts';
import type { CodingViewChoice } from '../team/codingView.ts';
import { TeamPanel } from '../team/TeamPanel.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { PanelSplitter } from './PanelSplitter.tsx';
import { usePanelLayout } from './usePanelLayout.ts';
import { useWorkspaceData } from './useWorkspaceData.ts';
import { ConfirmDiscard } from '../transcript/edit/ConfirmDiscard.tsx';
import { EditTranscript } from '../transcript/edit/EditTranscript.tsx';
import { UnplacedNotice } from '../transcript/edit/UnplacedNotice.tsx';
import { useEditMode } from '../transcript/edit/useEditMode.ts';
import { loadLastPlace, saveLastPlace } from './lastPlace.ts';
import { NameWithEnding } from './NameWithEnding.tsx';
import { readingPlacesOf } from './readingPlace.ts';

/** macOS users read ⌘K; both Ctrl+K and Cmd+K work everywhere. */
function isApplePlatform(): boolean {
  return /Mac|iPhone|iPad/u.test(navigator.platform);
}

interface Props {
  readonly project: ProjectInfo;
  /** Increases when the native menu changed the documents. */
  readonly externalRevision: number;
}

/** Documents and codebook on the left, the transcript in the centre, analysis on the right. */
export function Workspace({ project, externalRevision }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const onError = useCallback((value: unknown) => setError(value), []);
  const [codingView, setCodingView] = useState<CodingViewChoice>({ view: 'all' });
  // Back where the researcher left this project: its document and centre view.
  const [lastPlace] = useState(() => loadLastPlace(localStorage, project.path));
  const data = useWorkspaceData(onError, externalRevision, codingView, lastPlace.documentId);
  const transcript = useRef<TranscriptHandle>(null);
  const [selectedCodeId, setSelectedCodeId] = useState<number | null>(null);
  const [palette, setPalette] = useState<CanonicalRange | null>(null);
  const [hintState, setHintState] = useState<{
    readonly text: string;
    readonly documentId: number | null;
  } | null>(null);
  const [checkingIdentifiers, setCheckingIdentifiers] = useState(false);
  const [view, setView] = useState<CentreView>(lastPlace.view);
  useEffect(
    () => saveLastPlace(localStorage, project.path, { documentId: data.documentId, view }),
    [project.path, data.documentId, view],
  );
  // And in each document, where the researcher was reading.
  const readingPlaces = useMemo(() => readingPlacesOf(localStorage, project.path), [project.path]);
  const [jumpTarget, setJumpTarget] = useState<JumpTarget | null>(null);
  const { detail, codes } = data;
  // A hint is about the document it was given on: another document opened, it goes.
  const detailId = detail?.id ?? null;
  const hint = hintState !== null && hintState.documentId === detailId ? hintState.text : null;
  const setHint = useCallback(
    (text: string | null) => setHintState(text === null ? null : { text, documentId: detailId }),
    [detailId],
  );
  // The list is re-read after every change (a rename, its undo); the open text is not.
  const summary = data.documents.find((document) => document.id === detail?.id);
  const documentName = summary?.name ?? detail?.name ?? '';
  const deleteDocument = useDocumentDeletion(data.documents, data.openDocument, onError);
  const history = useProjectHistory(onError);
  const panels = usePanelLayout();
  const editMode = useEditMode(onError);
  const editing = detail !== null && editMode.documentId === detail.id;
  // The top bar is on the page before any project opens, so the slot is already there.
  const [historySlot] = useState<HTMLElement | null>(() => document.getElementById('topbar-history'));

  const openPalette = useCallback(() => {
    const range = transcript.current?.selectedRange() ?? null;
    if (!range) {
      setHint(t('transcript.selectFirst'));
      return;
    }
    setHint(null);
    setPalette(range);
  }, [t, setHint]);

  // "Select a passage first" goes once a passage is selected: a hint left on screen after
  // the fact reads as a fault.
  useEffect(() => {
    if (hint === null) return;
    const onSelectionChange = (): void => {
      if (transcript.current?.selectedRange()) setHintState(null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [hint]);

  // Ctrl+K / Cmd+K anywhere in the workspace codes the current selection.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (editing) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (palette === null) openPalette();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openPalette, palette, editing]);

  const codeRange = useCallback(
    (range: CanonicalRange, choice: PaletteChoice): void => {
      if (!detail) return;
      mutate('codings/create', {
        items: [{ documentId: detail.id, start: range.start, end: range.end, ...choice }],
      })
        .then(() => setError(null))
        .catch(setError);
    },
    [detail],
  );

  const goTo = useCallback(
    (range: CanonicalRange, keepFocus = false) => {
      if (!detail) return;
      setJumpTarget({
        documentId: detail.id,
        start: range.start,
        end: range.end,
        nonce: Date.now(),
        keepFocus,
      });
    },
    [detail],
  );

  const applyCode = async (choice: PaletteChoice): Promise<void> => {
    if (!palette || !detail) return;
    const range = palette;
    setPalette(null);
    // Back to the transcript once the palette is gone, while the coding is being saved:
    // focusing lays the page out, which after the answer would delay the new highlight.
    // The coded passage stays selected, so that Enter opens its codings at once.
    requestAnimationFrame(() => transcript.current?.focus(range));
    try {
      await mutate('codings/create', {
        items: [{ documentId: detail.id, start: range.start, end: range.end, ...choice }],
      });
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  };

  const { openDocument } = data;
  const { guard } = editMode;
  const openExcerpt = useCallback(
    (excerpt: Pick<Excerpt, 'documentId' | 'start' | 'end'>) =>
      guard(() => {
        setView('transcript');
        openDocument(excerpt.documentId);
        setJumpTarget({
          documentId: excerpt.documentId,
          start: excerpt.start,
          end: excerpt.end,
          nonce: Date.now(),
        });
      }),
    [openDocument, guard],
  );
  // Stable callbacks for the memoised panes: a coding write or the palette re-renders the
  // workspace, and must not re-render the codebook, the documents or the transcript's turns.
  const onOpenDocument = useCallback(
    (documentId: number) =>
      guard(() => {
        setView('transcript');
        // An earlier jump into this document must not take it away from the reading place.
        setJumpTarget(null);
        openDocument(documentId);
      }),
    [openDocument, guard],
  );
  const onCentreView = useCallback((next: CentreView) => guard(() => setView(next)), [guard]);
  const { resize: resizePanel, toggle: togglePanel } = panels;
  const resizeLeft = useCallback((width: number) => resizePanel('left', width), [resizePanel]);
  const resizeRight = useCallback((width: number) => resizePanel('right', width), [resizePanel]);
  const toggleLeft = useCallback(() => togglePanel('left'), [togglePanel]);
  const toggleRight = useCallback(() => togglePanel('right'), [togglePanel]);
  const adjustCoding = useCallback(
    (coding: Coding, range: CanonicalRange) =>
      void mutate('codings/update', { id: coding.id, start: range.start, end: range.end })
        .then(() => setError(null))
        .catch(onError),
    [onError],
  );
  const removeCoding = useCallback(
    (coding: Coding) =>
      void mutate('codings/delete', { id: coding.id })
        .then(() => setError(null))
        .catch(onError),
    [onError],
  );

  const selectedCode = codes.find((code) => code.id === selectedCodeId) ?? null;
  const documentMeta = detail
    ? `${t('documents.segments', { count: detail.segments.length })} · ${detail.sourceName} · ${detail.sourceEncoding.toUpperCase()}`
    : '';

  return (
    <div className="workspace" style={panels.style}>
      {historySlot &&
        createPortal(
          <HistoryControls
            status={history.status}
            announcement={history.announcement}
            onUndo={history.undo}
            onRedo={history.redo}
          />,
          historySlot,
        )}
      <aside
        id="workspace-left"
        className="sidebar"
        aria-label={project.name}
        hidden={panels.layout.left.collapsed}
      >
        <DocumentsPanel
          documents={data.documents}
          selectedId={data.documentId}
          onOpen={onOpenDocument}
          onImported={data.changed}
        />
        <CodebookTree
          codes={codes}
          selectedCodeId={selectedCodeId}
          onSelect={setSelectedCodeId}
          onError={onError}
          lastHistoryStep={history.announcement}
        />
        <MemosLauncher onError={onError} />
        <TeamPanel view={codingView} onView={setCodingView} onChanged={data.changed} onError={onError} />
      </aside>
      <PanelSplitter
        side="left"
        state={panels.layout.left}
        panelId="workspace-left"
        onResize={resizeLeft}
        onToggle={toggleLeft}
      />
      <main className="centre">
        <ErrorNotice error={error} onDismiss={() => setError(null)} />
        <CentreTabs view={view} onView={onCentreView} />
        {view !== 'transcript' && (
          <AnalysisArea
            view={view}
            codes={codes}
            onOpen={openExcerpt}
            onChanged={data.changed}
            onError={onError}
          />
        )}
        {view === 'transcript' && detail && (
          <>
            <header className="transcript-header">
              <div className="transcript-header__heading">
                <h2 className="transcript-header__title" title={documentName}>
                  <NameWithEnding name={documentName} className="transcript-header__name" />
                </h2>
                <p className="transcript-header__meta muted small" title={documentMeta}>
                  {documentMeta}
                </p>
              </div>
              <div className="transcript-header__actions" hidden={editing}>
                <DocumentMenu
                  key={`menu-${detail.id}`}
                  documentId={detail.id}
                  documentName={documentName}
                  codingCount={summary?.codingCount ?? 0}
                  onEdit={() => editMode.start(detail.id)}
                  onCheckIdentifiers={() => setCheckingIdentifiers(true)}
                  onDelete={() => deleteDocument(detail.id)}
                />
                <MemoButton
                  key={detail.id}
                  target={{ kind: 'document', id: detail.id, label: documentName }}
                />
                <button type="button" className="button button--primary" onClick={openPalette}>
                  {t('transcript.codeSelection')}{' '}
                  <kbd>{isApplePlatform() ? '⌘K' : t('transcript.shortcut')}</kbd>
                </button>
              </div>
            </header>
            {editing ? (
              <EditTranscript
                key={`edit-${detail.id}`}
                document={detail}
                codings={data.codings}
                codes={codes}
                saving={editMode.saving}
                onSave={(edit) => editMode.save(detail.id, detail.text.length, edit)}
                onCancel={editMode.stop}
                onDirty={editMode.setDirty}
              />
            ) : (
              <>
                <UnplacedNotice
                  key={`unplaced-${detail.id}`}
                  documentId={detail.id}
                  selectedRange={() => transcript.current?.selectedRange() ?? null}
                  onError={onError}
                />
                <CodingToolbar
                  key={`toolbar-${detail.id}`}
                  projectPath={project.path}
                  document={detail}
                  codings={data.codings}
                  codes={codes}
                  selectedCode={selectedCode}
                  transcript={transcript}
                  onCode={codeRange}
                  onGo={goTo}
                  onHint={setHint}
                />
                {hint && (
                  <p className="hint" role="status">
                    {hint}
                  </p>
                )}
              </>
            )}
          </>
        )}
        {/* Kept mounted behind the analysis tabs: back on the transcript, the reader finds
            the same place and selection, without opening the document again. */}
        {detail && !editing && (
          <TranscriptView
            key={detail.id}
            hidden={view !== 'transcript'}
            ref={transcript}
            document={detail}
            codings={data.codings}
            codes={codes}
            jumpTarget={jumpTarget}
            readingPlaces={readingPlaces}
            onAdjustCoding={adjustCoding}
            onRemoveCoding={removeCoding}
          />
        )}
        {view === 'transcript' && !detail && <p className="centre__empty muted">{t('transcript.choose')}</p>}
      </main>
      <PanelSplitter
        side="right"
        state={panels.layout.right}
        panelId="workspace-right"
        onResize={resizeRight}
        onToggle={toggleRight}
      />
      <div id="workspace-right" className="workspace__right" hidden={panels.layout.right.collapsed}>
        <RightPanel selectedCode={selectedCode} onOpen={openExcerpt} onError={onError} />
      </div>
      {checkingIdentifiers && detail && (
        <DocumentIdentifiersDialog
          documentId={detail.id}
          documentName={documentName}
          onClose={(changed) => {
            setCheckingIdentifiers(false);
            if (changed) data.textChanged();
          }}
        />
      )}
      {editMode.pendingLeave && (
        <ConfirmDiscard onDiscard={editMode.confirmLeave} onKeep={editMode.keepEditing} />
      )}
      {palette && detail && (
        <CodePalette
          codes={codes}
          quote={detail.text.slice(palette.start, palette.end)}
          onChoose={(choice) => void applyCode(choice)}
          onClose={() => {
            const range = palette;
            setPalette(null);
            // As after coding: back to the transcript once the palette is gone, the passage
            // chosen by keyboard selected again, so that Ctrl+K opens the palette on it anew.
            requestAnimationFrame(() => transcript.current?.focus(range));
          }}
        />
      )}
    </div>
  );
}
