/**
 * Where the researcher was reading in each document of a project, remembered on this
 * computer: opening the document again (after another one, a reload, the next day) comes
 * back to that passage rather than to the top of a long interview.
 *
 * A place in the text, not in pixels: only the turns near the view are rendered and widths
 * change, so a scroll offset would not point at the same words twice. `offset` is the
 * canonical start of the first turn in view, `fraction` how much of it is scrolled past.
 */
export interface ReadingPlace {
  readonly offset: number;
  readonly fraction: number;
}

/** Documents remembered per project: the least recently read are forgotten beyond. */
export const REMEMBERED_DOCUMENTS = 200;

/** Stored as a list, last read last: an object's integer-like keys would lose that order. */
interface StoredPlace extends ReadingPlace {
  readonly documentId: number;
}

function storageKey(projectPath: string): string {
  return `verbatim.readingPlace.${projectPath}`;
}

function isStoredPlace(value: unknown): value is StoredPlace {
  if (typeof value !== 'object' || value === null) return false;
  const { documentId, offset, fraction } = value as Record<string, unknown>;
  return (
    Number.isInteger(documentId) &&
    Number.isInteger(offset) &&
    (offset as number) >= 0 &&
    typeof fraction === 'number' &&
    fraction >= 0 &&
    fraction < 1
  );
}

function loadPlaces(storage: Pick<Storage, 'getItem'>, projectPath: string): StoredPlace[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(storageKey(projectPath)) ?? '[]');
    return Array.isArray(value) ? value.filter(isStoredPlace) : [];
  } catch {
    // A damaged entry only loses the places, never the project.
    return [];
  }
}

export function loadReadingPlace(
  storage: Pick<Storage, 'getItem'>,
  projectPath: string,
  documentId: number,
): ReadingPlace | null {
  const place = loadPlaces(storage, projectPath).find((stored) => stored.documentId === documentId);
  return place ? { offset: place.offset, fraction: place.fraction } : null;
}

export function saveReadingPlace(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  projectPath: string,
  documentId: number,
  place: ReadingPlace,
): void {
  const others = loadPlaces(storage, projectPath).filter((stored) => stored.documentId !== documentId);
  // Last read last: the first entries are the ones to forget.
  const kept = [...others, { documentId, offset: place.offset, fraction: place.fraction }].slice(
    -REMEMBERED_DOCUMENTS,
  );
  try {
    storage.setItem(storageKey(projectPath), JSON.stringify(kept));
  } catch {
    // A full storage loses the reading place, a convenience, and nothing the user wrote.
  }
}

/** One project's reading places, as the transcript reads and keeps them. */
export interface ReadingPlaces {
  load(documentId: number): ReadingPlace | null;
  save(documentId: number, place: ReadingPlace): void;
}

export function readingPlacesOf(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  projectPath: string,
): ReadingPlaces {
  return {
    load: (documentId) => loadReadingPlace(storage, projectPath, documentId),
    save: (documentId, place) => saveReadingPlace(storage, projectPath, documentId, place),
  };
}
