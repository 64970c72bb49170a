import type { ExcerptPlan } from './excerptPlan.ts';
import type { ModelExcerpt } from './excerptFormat.ts';
import { EXPORT_LABELS, typesetFor } from './labels.ts';
import type { ByteSink } from './stream/byteSink.ts';
import { readExcerpts, TextSink, type ExportStep } from './stream/textSink.ts';
import { ZipStream } from './stream/zipStream.ts';

/** The Word file around the excerpts: its parts, and document.xml cut where the groups go. */
export interface DocxSkeleton {
  /** Every part in the order the docx library wrote them; document.xml's content is `head`…`tail`. */
  readonly parts: readonly (readonly [string, Uint8Array])[];
  readonly head: string;
  readonly tail: string;
}

// Kept here, not beside the docx library's frame (excerptsDocx.ts): importing this module
// must not load the library (1 MB), which only the first Word export needs.
export const DOCUMENT_PART = 'word/document.xml';

// WordprocessingML written as the docx library writes it (docxCommon.ts's styles by their
// ids), so that a file is the same with or without the library laying out each paragraph.

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeText(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => XML_ESCAPES[char] ?? char);
}

const ITALIC = '<w:rPr><w:i/><w:iCs/></w:rPr>';
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';

function run(text: string, properties = ''): string {
  return `<w:r>${properties}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
}

/** Lines as runs separated by line breaks, so a paragraph keeps the transcript's lines. */
function lineRuns(text: string): string {
  return text
    .split('\n')
    .map((line, index) =>
      index === 0 ? run(line) : `<w:r><w:br/><w:t xml:space="preserve">${escapeText(line)}</w:t></w:r>`,
    )
    .join('');
}

function paragraph(style: string | null, runs: string): string {
  return `<w:p>${style === null ? '' : `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`}${runs}</w:p>`;
}

/** The quote; across turns, a "Quote" paragraph per speaker's part, opened by the label in bold. */
function quoteParagraphs(excerpt: ModelExcerpt): string {
  if (excerpt.turns === null) return paragraph('Quote', lineRuns(excerpt.shown));
  return excerpt.turns
    .map((turn) =>
      paragraph('Quote', `${turn.label === null ? '' : run(`${turn.label} `, BOLD)}${lineRuns(turn.shown)}`),
    )
    .join('');
}

/**
 * The groups of an excerpt export into the Word skeleton (excerptsDocx.ts), streamed: a
 * heading and the count per group, each quote in the "Quote" style, its citation in
 * italics beneath ("Excerpt citation"), the memo when asked ("Excerpt memo"). Excerpts
 * are read a chunk at a time; document.xml is compressed as it is written.
 */
export function writeExcerptsDocx(
  plan: ExcerptPlan,
  skeleton: DocxSkeleton,
  sink: ByteSink,
  step: ExportStep,
): void {
  const labels = EXPORT_LABELS[plan.language];
  const typeset = typesetFor(plan.language);
  const zip = new ZipStream(sink);
  let done = 0;
  for (const [name, bytes] of skeleton.parts) {
    if (name !== DOCUMENT_PART) {
      zip.addFile(name, bytes);
      continue;
    }
    const entry = zip.openEntry(name);
    const text = new TextSink({ write: (piece) => entry.write(piece), written: 0 });
    text.write(skeleton.head);
    for (const group of plan.groups) {
      // A sub-code one level below its parent (Heading 1 for top-level codes, at most Heading 6).
      text.write(paragraph(`Heading${Math.min(1 + group.depth, 6)}`, run(typeset(group.title))));
      text.write(paragraph(null, run(labels.excerpts(group.codingIds.length), ITALIC)));
      if (group.codingIds.length === 0) text.write(paragraph(null, run(labels.none)));
      for (const excerpt of readExcerpts(plan, group)) {
        text.write(quoteParagraphs(excerpt));
        text.write(paragraph('ExcerptCitation', run(`— ${excerpt.citation}`, ITALIC)));
        if (excerpt.memo !== null)
          text.write(
            paragraph('ExcerptMemo', `${run(`${labels.memo}. `, BOLD)}${lineRuns(typeset(excerpt.memo))}`),
          );
        step(++done, plan.total);
      }
    }
    text.write(skeleton.tail);
    text.flush();
    entry.end();
  }
  zip.finish();
}
