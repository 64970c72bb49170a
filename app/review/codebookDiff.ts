import type { CodebookChangeKind } from '../contract/enums.ts';

/** A code as frozen in a codebook version. */
export interface FrozenCode {
  readonly guid: string;
  readonly name: string;
  readonly parentGuid: string | null;
  readonly color: string;
  readonly description: string;
  readonly inclusion: string;
  readonly exclusion: string;
  readonly archived: boolean;
}

export interface CodebookChange {
  readonly kind: CodebookChangeKind;
  readonly code: string;
  /** e.g. the old name, the code merged into, the code split from. */
  readonly detail: string;
}

export interface StructuralEvent {
  readonly kind: string;
  readonly meta: Readonly<Record<string, string>>;
}

/**
 * What changed in the codebook since a frozen version, by GUID. Merges and splits are told
 * apart from plain additions and deletions by the history events recorded since.
 */
export function diffCodebook(
  frozen: readonly FrozenCode[],
  current: readonly FrozenCode[],
  events: readonly StructuralEvent[],
): CodebookChange[] {
  const before = new Map(frozen.map((code) => [code.guid, code]));
  const now = new Map(current.map((code) => [code.guid, code]));
  const nameOf = (guid: string | null | undefined): string =>
    (guid ? (now.get(guid)?.name ?? before.get(guid)?.name) : undefined) ?? '—';
  const mergedInto = new Map<string, string>();
  const splitFrom = new Map<string, string>();
  for (const event of events) {
    const { sourceGuid, targetGuid, newGuid } = event.meta;
    if (event.kind === 'code.merge' && sourceGuid && targetGuid) mergedInto.set(sourceGuid, targetGuid);
    if (event.kind === 'code.split' && sourceGuid && newGuid) splitFrom.set(newGuid, sourceGuid);
  }
  const changes: CodebookChange[] = [];
  for (const code of current) {
    const old = before.get(code.guid);
    if (!old) {
      const source = splitFrom.get(code.guid);
      changes.push(
        source
          ? { kind: 'split', code: code.name, detail: nameOf(source) }
          : { kind: 'added', code: code.name, detail: '' },
      );
      continue;
    }
    if (old.name !== code.name) changes.push({ kind: 'renamed', code: code.name, detail: old.name });
    if (
      old.description !== code.description ||
      old.inclusion !== code.inclusion ||
      old.exclusion !== code.exclusion
    ) {
      changes.push({ kind: 'definition', code: code.name, detail: '' });
    }
    if (old.parentGuid !== code.parentGuid)
      changes.push({ kind: 'moved', code: code.name, detail: nameOf(code.parentGuid) });
    if (old.archived !== code.archived)
      changes.push({ kind: code.archived ? 'archived' : 'restored', code: code.name, detail: '' });
    if (old.color !== code.color) changes.push({ kind: 'recoloured', code: code.name, detail: old.color });
  }
  for (const code of frozen) {
    if (now.has(code.guid)) continue;
    const target = mergedInto.get(code.guid);
    changes.push(
      target
        ? { kind: 'merged', code: code.name, detail: nameOf(target) }
        : { kind: 'removed', code: code.name, detail: '' },
    );
  }
  return changes;
}
