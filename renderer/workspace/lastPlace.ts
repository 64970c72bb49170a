import { CENTRE_VIEWS, type CentreView } from '../views/centreViews.ts';

/**
 * Where the researcher was in a project (the open document, the centre view), remembered
 * per project on this computer, so that opening the project again, or reloading the web
 * shell, comes back there rather than to an empty transcript pane.
 */
export interface LastPlace {
  readonly documentId: number | null;
  readonly view: CentreView;
}

const NOWHERE: LastPlace = { documentId: null, view: 'transcript' };

function storageKey(projectPath: string): string {
  return `verbatim.lastPlace.${projectPath}`;
}

function isCentreView(value: unknown): value is CentreView {
  return typeof value === 'string' && (CENTRE_VIEWS as readonly string[]).includes(value);
}

export function loadLastPlace(storage: Pick<Storage, 'getItem'>, projectPath: string): LastPlace {
  try {
    const value: unknown = JSON.parse(storage.getItem(storageKey(projectPath)) ?? 'null');
    if (typeof value !== 'object' || value === null) return NOWHERE;
    const { documentId, view } = value as Record<string, unknown>;
    return {
      documentId: Number.isInteger(documentId) && (documentId as number) > 0 ? (documentId as number) : null,
      view: isCentreView(view) ? view : 'transcript',
    };
  } catch {
    // A damaged entry only loses the place, never the project.
    return NOWHERE;
  }
}

export function saveLastPlace(
  storage: Pick<Storage, 'setItem'>,
  projectPath: string,
  place: LastPlace,
): void {
  storage.setItem(storageKey(projectPath), JSON.stringify(place));
}
