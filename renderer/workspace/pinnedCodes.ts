/** Up to nine codes pinned to the keys 1–9, remembered per project on this computer. */
export const MAX_PINNED = 9;

function storageKey(projectPath: string): string {
  return `verbatim.pinned.${projectPath}`;
}

export function loadPinned(storage: Pick<Storage, 'getItem'>, projectPath: string): number[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(storageKey(projectPath)) ?? '[]');
    return Array.isArray(value)
      ? value.filter((id): id is number => Number.isInteger(id) && id > 0).slice(0, MAX_PINNED)
      : [];
  } catch {
    // A damaged entry only loses the pins, never the project.
    return [];
  }
}

export function savePinned(
  storage: Pick<Storage, 'setItem'>,
  projectPath: string,
  ids: readonly number[],
): void {
  storage.setItem(storageKey(projectPath), JSON.stringify(ids.slice(0, MAX_PINNED)));
}

/** Pins a code at the end (if there is room), or unpins it. */
export function togglePinned(ids: readonly number[], codeId: number): number[] {
  if (ids.includes(codeId)) return ids.filter((id) => id !== codeId);
  return ids.length >= MAX_PINNED ? [...ids] : [...ids, codeId];
}
