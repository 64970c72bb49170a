import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coding } from '../../app/contract/index.ts';
import { MemoButton } from '../memos/MemoButton.tsx';
import { quoteLabel } from '../memos/memoTarget.ts';

export interface CodingsPopoverState {
  readonly codings: readonly Coding[];
  readonly x: number;
  readonly y: number;
  /** Opened from the keyboard: focus goes into the list. */
  readonly fromKeyboard: boolean;
}

interface Props {
  readonly state: CodingsPopoverState;
  readonly codes: readonly Code[];
  readonly onRemove: (coding: Coding) => void;
  /** Shows handles on the coding's ends to move them. */
  readonly onAdjust?: (coding: Coding) => void;
  /** Esc or the close button: focus goes back to the transcript. */
  readonly onClose: () => void;
  /** A click elsewhere: just hide, focus goes where the user clicked. */
  readonly onDismiss: () => void;
}

/** The codings under a click (or the keyboard selection), each with a remove button. */
export function CodingsPopover({ state, codes, onRemove, onAdjust, onClose, onDismiss }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.fromKeyboard) return;
    // Never a destructive button: a second Enter must not remove a coding. The first safe
    // action of the first coding (Adjust, Memo), else the close button.
    const target =
      ref.current?.querySelector<HTMLElement>('.codings-popover__list button:not(.button--danger)') ??
      ref.current?.querySelector<HTMLElement>('button:not(.button--danger)');
    target?.focus();
  }, [state]);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent): void => {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) onDismiss();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onDismiss]);
  const codeById = new Map(codes.map((code) => [code.id, code]));
  return (
    <div
      ref={ref}
      className="codings-popover"
      role="dialog"
      aria-label={t('transcript.codingsHere')}
      style={{ left: state.x, top: state.y }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="codings-popover__header">
        <strong>{t('transcript.codingsHere')}</strong>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
      {state.codings.length === 0 ? (
        <p className="muted">{t('transcript.noCodingsHere')}</p>
      ) : (
        <ul className="codings-popover__list">
          {state.codings.map((coding) => {
            const code = codeById.get(coding.codeId);
            const name = code?.name ?? `#${coding.codeId}`;
            return (
              <li key={coding.id} className="codings-popover__item" data-coding-id={coding.id}>
                <span
                  className="swatch"
                  style={{ backgroundColor: code?.color ?? '#999999' }}
                  aria-hidden="true"
                />
                <span className="codings-popover__name">{name}</span>
                <span className="codings-popover__quote" title={coding.quote}>
                  {coding.quote}
                </span>
                <div className="codings-popover__actions">
                  {onAdjust && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('adjust.button', { name })}
                      onClick={() => onAdjust(coding)}
                    >
                      {t('adjust.short')}
                    </button>
                  )}
                  <MemoButton
                    small
                    target={{ kind: 'coding', id: coding.id, label: quoteLabel(coding.quote) }}
                  />
                  {/* Last, and never focused first: removing is always a deliberate step. */}
                  <button
                    type="button"
                    className="button button--danger button--small"
                    aria-label={t('transcript.removeCoding', { name })}
                    onClick={() => onRemove(coding)}
                  >
                    {t('transcript.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
