import type { ExcerptModel, ExportTick, ModelExcerpt } from './excerptModel.ts';
import { noTick } from './excerptModel.ts';
import { EXPORT_LABELS, excerptsTitle, typesetFor } from './labels.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

// Self-contained: the file opens the same anywhere, offline, and prints cleanly.
const STYLE = `body{font-family:Georgia,'Times New Roman',serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
blockquote{margin:1rem 0 .2rem;padding-left:1rem;border-left:3px solid #8fb3dd;white-space:pre-wrap}
.citation{margin:0 0 1rem 1rem;font-style:italic;color:#57606a}.count{color:#57606a}
.memo{margin:0 0 1rem 1rem;padding:.4rem .6rem;background:#fff8c5;font-size:.9rem;white-space:pre-wrap}`;

/** The quote; across turns, a paragraph per speaker's part, opened by the speaker's label in bold. */
function quoteHtml(excerpt: ModelExcerpt): string {
  if (excerpt.turns === null) return escapeHtml(excerpt.shown);
  return excerpt.turns
    .map((turn) => {
      const label = turn.label === null ? '' : `<strong>${escapeHtml(turn.label)}</strong> `;
      return `<p>${label}${escapeHtml(turn.shown)}</p>`;
    })
    .join('');
}

/**
 * Coded excerpts as one standalone HTML page: every piece of user text escaped (a transcript
 * may contain anything), the quotes as the model shows them (see quoteShower), French
 * typography in the generated text in French, and a `lang` attribute so hyphenation and screen readers follow.
 */
export async function excerptsToHtml(model: ExcerptModel, tick: ExportTick = noTick): Promise<string> {
  const labels = EXPORT_LABELS[model.language];
  const typeset = (text: string): string => escapeHtml(typesetFor(model.language)(text));
  const title = escapeHtml(excerptsTitle(model.language, model.projectName, model.codeName));
  const sections: string[] = [];
  for (const group of model.groups) {
    // A sub-code one level below its parent (h2 for top-level codes, at most h6).
    const level = Math.min(2 + group.depth, 6);
    const parts = [`<section>`, `<h${level}>${typeset(group.title)}</h${level}>`];
    parts.push(`<p class="count">${labels.excerpts(group.excerpts.length)}</p>`);
    if (group.excerpts.length === 0) parts.push(`<p>${labels.none}</p>`);
    for (const excerpt of group.excerpts) {
      parts.push(
        `<blockquote>${quoteHtml(excerpt)}</blockquote>`,
        `<p class="citation">— ${escapeHtml(excerpt.citation)}</p>`,
      );
      if (excerpt.memo !== null)
        parts.push(`<p class="memo"><strong>${labels.memo}.</strong> ${typeset(excerpt.memo)}</p>`);
      await tick();
    }
    parts.push('</section>');
    sections.push(parts.join('\n'));
  }
  return `<!DOCTYPE html>\n<html lang="${model.language}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<h1>${title}</h1>\n${sections.join('\n')}\n</body>\n</html>\n`;
}
