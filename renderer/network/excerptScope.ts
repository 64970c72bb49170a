import type { CasesTable, NamedSet } from '../../app/contract/index.ts';
import type { FilterChoice } from '../views/analysisFilters.ts';

/**
 * The documents the filter bar keeps (its set and its case condition), for operations that
 * take document ids (codings/excerptsOfCode); undefined when it keeps all of them.
 * `alsoCases` narrows to the documents of cases with one attribute value (a bar of the chart).
 */
export function documentsInScope(
  choice: FilterChoice,
  sets: readonly NamedSet[],
  cases: CasesTable,
  alsoCases?: { readonly attributeId: number; readonly value: string },
): number[] | undefined {
  const conditions = [
    ...(choice.attributeId !== null && choice.value !== ''
      ? [{ attributeId: choice.attributeId, value: choice.value }]
      : []),
    ...(alsoCases ? [alsoCases] : []),
  ];
  let kept: Set<number> | null = null;
  if (choice.setId !== null) kept = new Set(sets.find((set) => set.id === choice.setId)?.memberIds ?? []);
  for (const condition of conditions) {
    const documents = new Set(
      cases.cases
        .filter((row) => row.values[condition.attributeId] === condition.value)
        .flatMap((row) => row.documentIds),
    );
    kept = kept === null ? documents : new Set([...kept].filter((id) => documents.has(id)));
  }
  return kept === null ? undefined : [...kept].sort((x, y) => x - y);
}

/** The speakers and coder of the filter bar, as codings/excerptsOfCode takes them. */
export function speakerAndCoder(choice: FilterChoice): { speakers?: string[]; coders?: string[] } {
  const speakers = choice.speakers
    .split(',')
    .map((speaker) => speaker.trim())
    .filter((speaker) => speaker !== '');
  return {
    ...(speakers.length === 0 ? {} : { speakers }),
    ...(choice.coder.trim() === '' ? {} : { coders: [choice.coder.trim()] }),
  };
}
