import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly onSelect: () => void;
  /** Shown but not run (aria-disabled): an action that does not apply here, still found where expected. */
  readonly disabled?: boolean;
  /** A class of the item's button, for its style (a destructive action) and its tests. */
  readonly className?: string;
}

interface Props {
  readonly label: string;
  readonly items: readonly MenuItem[];
  readonly className?: string;
  /** Where the menu opens: below the button, or above it (a bar docked at the bottom of a pane). */
  readonly placement?: 'below' | 'above';
  /** The button's class (default `button`). */
  readonly buttonClassName?: string;
}

/**
 * A button opening a menu of actions, as the WAI-ARIA menu button: Enter, Space or ↓ opens it
 * on its first item (↑ on its last), ↑/↓/Home/End move, Enter or Space runs an item, Esc or Tab
 * closes it, focus back on the button. A click outside closes it too. The button gets focus
 * back before an item runs, so that a dialog the item opens returns it there when it closes.
 */
export function MenuButton({
  label,
  items,
  className,
  placement = 'below',
  buttonClassName = 'button',
}: Props) {
  const [open, setOpen] = useState(false);
  // Which item has focus when the menu opens: the first, or the last (opened with ↑).
  const [start, setStart] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const itemElements = (): HTMLElement[] => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    const elements = itemElements();
    (start === 'first' ? elements[0] : elements.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, start]);

  // Above its button, the menu is placed in the window (fixed): a bar docked at the bottom of
  // a scrolling pane would clip a menu inside it.
  const [fixedAt, setFixedAt] = useState<{ left: number; bottom: number } | null>(null);
  const show = (from: 'first' | 'last'): void => {
    const box = button.current?.getBoundingClientRect();
    setFixedAt(
      placement === 'above' && box ? { left: box.left, bottom: window.innerHeight - box.top + 4 } : null,
    );
    setStart(from);
    setOpen(true);
  };
  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  const run = (item: MenuItem): void => {
    if (item.disabled === true) return;
    close();
    item.onSelect();
  };

  const onButtonKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent): void => {
    const elements = itemElements();
    const index = elements.findIndex((element) => element === document.activeElement);
    const focusAt = (next: number): void => elements[(next + elements.length) % elements.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(elements.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') {
      // From the button, Tab (or Shift+Tab) goes on to its neighbour, as if the menu were not there.
      button.current?.focus();
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className={`menu-button ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        className={buttonClassName}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : show('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          className={`menu-button__menu${fixedAt ? ' menu-button__menu--above' : ''}`}
          style={fixedAt ?? undefined}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.disabled === true ? true : undefined}
                className={`menu-button__item ${item.className ?? ''}`}
                onClick={() => run(item)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
