import type { FindingGroup } from '../../app/contract/index.ts';

/** What the researcher decided for one finding: replace it (by what), or leave it. */
export interface IdentifierDecision {
  readonly accepted: boolean;
  readonly replacement: string;
}

export function findingKey(group: Pick<FindingGroup, 'kind' | 'text'>): string {
  return `${group.kind}:${group.text}`;
}

/** Every finding starts ignored, with the scan's suggestion ready to accept. */
export function initialDecisions(groups: readonly FindingGroup[]): Record<string, IdentifierDecision> {
  return Object.fromEntries(
    groups.map((group) => [findingKey(group), { accepted: false, replacement: group.suggestion }]),
  );
}

/**
 * Accepted findings become replacements. Findings given the same replacement are spelling
 * variants of one identifier ("Marie Dupont", "Mme Dupont" → "[Participante 3]"), so they
 * form one replacement with several variants and are replaced consistently.
 */
export function replacementsFrom(
  groups: readonly FindingGroup[],
  decisions: Readonly<Record<string, IdentifierDecision>>,
): { variants: string[]; replacement: string }[] {
  const byReplacement = new Map<string, string[]>();
  for (const group of groups) {
    const decision = decisions[findingKey(group)];
    const replacement = decision?.replacement.trim() ?? '';
    if (!decision?.accepted || replacement === '') continue;
    const variants = byReplacement.get(replacement) ?? [];
    if (!variants.includes(group.text)) variants.push(group.text);
    byReplacement.set(replacement, variants);
  }
  return [...byReplacement].map(([replacement, variants]) => ({ variants, replacement }));
}

/** Only the labels the user changed: a label left as it was needs no mapping. */
export function speakerMapFrom(edits: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(edits).filter(([label, value]) => value.trim() !== label));
}

/** A spelling the researcher typed, shown and decided like a finding of the scan. */
export function manualFinding(text: string): FindingGroup {
  return { kind: 'name', text, count: 0, contexts: [], sources: [], suggestion: '' };
}
