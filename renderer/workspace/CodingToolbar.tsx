import { memo, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coding, DocumentDetail } from '../../app/contract/index.ts';
import type { PaletteChoice } from '../palette/CodePalette.tsx';
import type { CanonicalRange } from '../transcript/offsets.ts';
import { adjacentRange, wholeTurns } from '../transcript/textSearch.ts';
import type { TranscriptHandle } from '../transcript/TranscriptView.tsx';
import { FindBar } from './FindBar.tsx';
import { loadPinned, savePinned, togglePinned } from './pinnedCodes.ts';

interface Props {
  readonly projectPath: string;
  readonly document: DocumentDetail;
  readonly codings: readonly Coding[];
  readonly codes: readonly Code[];
  readonly selectedCode: Code | null;
  readonly transcript: RefObject<TranscriptHandle | null>;
  /** Codes a range (with an existing code or a new one by name). */
  readonly onCode: (range: CanonicalRange, choice: PaletteChoice) => void;
  /** Selects a range in the transcript and scrolls to it. */
  readonly onGo: (range: CanonicalRange, keepFocus?: boolean) => void;
  readonly onHint: (hint: string | null) => void;
}

/** The words of an in-vivo code: the selection, on one line, within the length of a code name. */
function inVivoName(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().slice(0, 200);
}

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    // The transcript is a read-only editor: keys there are ours.
    !target.closest('.transcript__scroll')
  );
}

/**
 * Quick coding over the transcript: codes pinned to the keys 1–9, in-vivo coding (Alt+I),
 * widening the selection to whole turns (Alt+T), jumping between codings of the selected
 * code ([ and ]), and find in the document (Ctrl+F).
 */
export const CodingToolbar = memo(function CodingToolbar({
  projectPath,
  document,
  codings,
  codes,
  selectedCode,
  transcript,
  onCode,
  onGo,
  onHint,
}: Props) {
  const { t } = useTranslation();
  const [pinned, setPinned] = useState<number[]>(() => loadPinned(localStorage, projectPath));
  const [finding, setFinding] = useState(false);
  const pinnedCodes = pinned.flatMap((id) => codes.find((code) => code.id === id) ?? []);

  const pin = (codeId: number): void => {
    const next = togglePinned(pinned, codeId);
    setPinned(next);
    savePinned(localStorage, projectPath, next);
  };

  const selection = (): CanonicalRange | null => {
    const range = transcript.current?.selectedRange() ?? null;
    onHint(range ? null : t('transcript.selectFirst'));
    return range;
  };

  const quickCode = (index: number): void => {
    const code = pinnedCodes[index];
    const range = code ? selection() : null;
    if (code && range) onCode(range, { codeId: code.id });
  };

  const inVivo = (): void => {
    const range = selection();
    const name = range ? inVivoName(document.text.slice(range.start, range.end)) : '';
    if (range && name !== '') onCode(range, { codeName: name });
  };

  const widen = (): void => {
    const range = selection();
    const turns = range ? wholeTurns(document.segments, range) : null;
    if (turns) onGo(turns);
  };

  const jump = (direction: 1 | -1): void => {
    if (!selectedCode) {
      onHint(t('toolbar.chooseCodeFirst'));
      return;
    }
    const own = codings.filter(
      (coding) => coding.codeId === selectedCode.id && coding.documentId === document.id,
    );
    const here = transcript.current?.selectedRange()?.start ?? -1;
    const next = adjacentRange(own, here, direction);
    if (next) onGo(next);
    else onHint(t('toolbar.noCodingHere', { name: selectedCode.name }));
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setFinding(true);
        return;
      }
      if (typingInField(event.target) || event.ctrlKey || event.metaKey) return;
      if (event.altKey && event.code === 'KeyI') {
        event.preventDefault();
        inVivo();
      } else if (event.altKey && event.code === 'KeyT') {
        event.preventDefault();
        widen();
      } else if (!event.altKey && /^[1-9]$/u.test(event.key)) {
        event.preventDefault();
        quickCode(Number(event.key) - 1);
      } else if (!event.altKey && (event.key === ']' || event.key === '[')) {
        event.preventDefault();
        jump(event.key === ']' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
    // Subscribed again after each render, so the handler always sees the current selection and codes.
  });

  // Cheap to call again: a find paints only its own matches.
  const toDom = (ranges: readonly CanonicalRange[]): Range[] => transcript.current?.domRanges(ranges) ?? [];

  return (
    <div className="coding-toolbar">
      <div className="coding-toolbar__row" role="toolbar" aria-label={t('toolbar.label')}>
        <ol className="quick-codes" aria-label={t('toolbar.pinned')}>
          {pinnedCodes.map((code, index) => (
            <li key={code.id} className="quick-code">
              <button
                type="button"
                className="quick-code__apply"
                title={t('toolbar.applyPinned', { key: index + 1, name: code.name })}
                onClick={() => quickCode(index)}
              >
                <kbd>{index + 1}</kbd>
                <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
                {code.name}
              </button>
              <button
                type="button"
                className="quick-code__unpin"
                aria-label={t('toolbar.unpin', { name: code.name })}
                onClick={() => pin(code.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        {pinned.length < 9 && (
          <select
            aria-label={t('toolbar.pin')}
            value=""
            onChange={(event) => {
              if (event.target.value !== '') pin(Number(event.target.value));
            }}
          >
            <option value="">{t('toolbar.pin')}</option>
            {codes
              .filter((code) => !pinned.includes(code.id) && !code.archived)
              .map((code) => (
                <option key={code.id} value={code.id}>
                  {code.name}
                </option>
              ))}
          </select>
        )}
        <span className="coding-toolbar__spacer" />
        <button
          type="button"
          className="button button--small"
          onClick={inVivo}
          title={`${t('toolbar.inVivoHint')} (Alt+I)`}
        >
          {t('toolbar.inVivo')} <kbd className="shortcut-hint">Alt+I</kbd>
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={widen}
          title={`${t('toolbar.wholeTurnsHint')} (Alt+T)`}
        >
          {t('toolbar.wholeTurns')} <kbd className="shortcut-hint">Alt+T</kbd>
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('toolbar.previousCoding')}
          // The key alone says little to a mouse user: the tooltip says what it does.
          title={`${t('toolbar.previousCoding')} ([)`}
          onClick={() => jump(-1)}
        >
          <kbd>[</kbd>
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('toolbar.nextCoding')}
          title={`${t('toolbar.nextCoding')} (])`}
          onClick={() => jump(1)}
        >
          <kbd>]</kbd>
        </button>
        <button
          type="button"
          className="button button--small"
          title={`${t('find.open')} (Ctrl+F)`}
          onClick={() => setFinding(true)}
        >
          {t('find.open')} <kbd className="shortcut-hint">Ctrl+F</kbd>
        </button>
      </div>
      {finding && (
        <FindBar
          text={document.text}
          toDom={toDom}
          onGo={(range) => onGo(range, true)}
          onClose={() => {
            setFinding(false);
            transcript.current?.focus();
          }}
        />
      )}
    </div>
  );
});
