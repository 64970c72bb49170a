/**
 * Archived codes and REFI's `isCodable` (docs/REFI-QDA.md). An archived code keeps its
 * codings but is no longer offered for coding, which is what `isCodable="false"` says, so
 * that is how it is written.
 */
export const isCodableOf = (archived: number | boolean): 'true' | 'false' => (archived ? 'false' : 'true');

/**
 * Reading it back. Other tools write `isCodable="false"` on folders that group codes (NVivo,
 * the spec's own example): such a code, with sub-codes, stays an ordinary code, else its
 * whole branch would leave the palette. A non-codable code without sub-codes, or any
 * non-codable code in a file Verbatim wrote, is archived.
 */
export function archivedFromRefi(isCodable: string | undefined, hasSubCodes: boolean, origin: string): 0 | 1 {
  if (isCodable?.trim() !== 'false' && isCodable?.trim() !== '0') return 0;
  return !hasSubCodes || /^Verbatim\b/u.test(origin) ? 1 : 0;
}
