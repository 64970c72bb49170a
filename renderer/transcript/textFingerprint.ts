/**
 * A 32-bit FNV-1a hash of a document's text. The transcript's turns and highlights are
 * rendered anew when it changes (after pseudonymisation the document keeps its id but not its text).
 */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}
