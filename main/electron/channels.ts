/**
 * The IPC vocabulary shared by the main process and the preload. It imports only the
 * contract's zod-free bridge module, so the sandboxed preload bundle stays tiny.
 */
import {
  CHOOSE_PURPOSES,
  MENU_EVENTS,
  type ChoosePurpose,
  type MenuEvent,
} from '../../app/contract/bridge.ts';

export type { ChoosePurpose, ChosenFile, MenuEvent } from '../../app/contract/bridge.ts';

/** Renderer → main: every API call, `(name, input)` → WireResult. */
export const CALL_CHANNEL = 'verbatim:call';

/** Main → renderer: the native menu changed something the UI must reload. */
export const MENU_CHANNEL = 'verbatim:menu';

export function isMenuEvent(value: unknown): value is MenuEvent {
  return typeof value === 'string' && (MENU_EVENTS as readonly string[]).includes(value);
}

/** The global the preload installs on `window`: the renderer's only way to the backend. */
export const BRIDGE_GLOBAL = 'verbatim';

/**
 * Renderer → main: open a web link the user just clicked, `(url)` → whether it was opened
 * (externalLinks.ts checks the sender, the scheme and that a real click came just before).
 */
export const OPEN_LINK_CHANNEL = 'verbatim:open-link';

/**
 * Renderer → main: show a native file dialog for this purpose; main keeps the chosen paths
 * and answers opaque handles (`{ handle, name }[]`) that path fields of calls then carry.
 */
export const CHOOSE_CHANNEL = 'verbatim:choose';

export function isChoosePurpose(value: unknown): value is ChoosePurpose {
  return typeof value === 'string' && (CHOOSE_PURPOSES as readonly string[]).includes(value);
}

/**
 * Preload → main: the path of a file the user dropped on the window, which only the
 * preload can read (`webUtils.getPathForFile`); main answers a handle like a dialog does.
 */
export const DROP_CHANNEL = 'verbatim:dropped';
