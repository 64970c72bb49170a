/**
 * Escapes text so that Markdown renders it literally (hostile or accidental markup): every
 * punctuation mark that can start or close markup, `&` (entities such as `&lt;`), `=` at the start of a
 * line (a line of them under a quote would make it a heading), a number followed by `.` at the
 * start of a line (an ordered list), and leading spaces (four would make a code block).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~&-]/gu, (char) => `\\${char}`)
    .replace(/^=/gmu, '\\=')
    .replace(/^(\d+)\./gmu, '$1\\.')
    .replace(/^[ \t]+/gmu, (spaces) => '&#32;'.repeat(spaces.length));
}
