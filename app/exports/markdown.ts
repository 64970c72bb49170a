/**
 * Marks that open or close markup wherever they stand: backslash, code span, emphasis
 * (`*`), links and images (`[`, `]`: with them escaped, `!`, `(` and `)` are plain text),
 * and GFM's tables and strikethrough (`|`, `~`; `~~~` also opens a code fence).
 */
const ALWAYS = /[\\`*[\]|~]/gu;

/**
 * A run of `_` opens or closes emphasis unless it stands between two letters or digits
 * (CommonMark: an intraword `_` is never emphasis), as in `fr_artisans_entretien`.
 */
const UNDERSCORES = /(?<![\p{L}\p{M}\p{N}_])_+|_+(?![\p{L}\p{M}\p{N}_])/gu;

/** `&` only where it starts an entity or character reference (`&lt;`, `&#32;`). */
const ENTITY = /&(?=#?[\p{L}\p{N}]+;)/gu;

/**
 * What only the start of a line makes markup: a block quote (`>`), a heading (`#`), a
 * bullet list item or a thematic break (`-`, `+` before a space or the line's end; `-` also
 * before another `-`), a setext heading's underline (`=`) and an ordered list item (a
 * number and `.` or `)` before a space or the line's end).
 */
const LINE_START = /^(?:[>#=]|-(?=[\s-]|$)|\+(?=\s|$))/gmu;
const ORDERED_ITEM = /^(\d+)([.)])(?=\s|$)/gmu;

/** A heading's closing sequence: `#`s after a space at the line's end ("question #"). */
const CLOSING_HASHES = /(?<=[ \t])#(?=#*[ \t]*$)/gmu;

/**
 * Escapes text so that Markdown (CommonMark, and GitHub's tables and strikethrough) renders
 * it literally, hostile or accidental markup included, with a backslash only where a mark
 * would be misread: a hyphen in "Est-ce que", an underscore in
 * "fr_artisans_entretien-24.10.03-01" or a `#` within a line stay as they are. `<` becomes
 * `&lt;`; leading spaces become `&#32;` (four would make a code block).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(ALWAYS, (char) => `\\${char}`)
      .replace(UNDERSCORES, (run) => run.replace(/_/gu, '\\_'))
      .replace(ENTITY, '\\&')
      // Raw HTML and autolinks: `&lt;` rather than `\<`, which Markdown before CommonMark
      // (Markdown.pl) does not take as an escape and would leave a <script> as HTML.
      .replace(/</gu, '&lt;')
      .replace(CLOSING_HASHES, '\\#')
      .replace(LINE_START, (char) => `\\${char}`)
      .replace(ORDERED_ITEM, '$1\\$2')
      .replace(/^[ \t]+/gmu, (spaces) => '&#32;'.repeat(spaces.length))
  );
}
