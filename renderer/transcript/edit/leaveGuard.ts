/**
 * Lets parts of the page outside the workspace (the top bar's Close project) ask before
 * unsaved transcript edits go: the workspace in edit mode installs its guard here.
 */
type Guard = (action: () => void) => void;

let installed: Guard | null = null;

export function installLeaveGuard(guard: Guard | null): void {
  installed = guard;
}

/** Runs `action` now, or once the researcher agreed to drop unsaved edits. */
export function guardLeave(action: () => void): void {
  if (installed) installed(action);
  else action();
}
