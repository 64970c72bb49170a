import type { Excerpt } from '../contract/types.ts';
import type { ExportLanguage } from './citation.ts';
import type { ExcerptGroup } from './excerptsMarkdown.ts';
import { frenchTypography } from './frenchTypography.ts';

const TITLE: Record<ExportLanguage, string> = { en: 'Coded excerpts', fr: 'Extraits codés' };
const COUNT: Record<ExportLanguage, (n: number) => string> = {
  en: (n) => `${n} excerpt${n === 1 ? '' : 's'}`,
  fr: (n) => `${n} extrait${n > 1 ? 's' : ''}`,
};

function escapeHtml(text: string): string {
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
.citation{margin:0 0 1rem 1rem;font-style:italic;color:#57606a}.count{color:#57606a}`;

/**
 * Coded excerpts as one standalone HTML page: every piece of user text escaped (a transcript
 * may contain anything), the quotes exactly as in the transcript, French typography in the
 * generated text in French.
 */
export function excerptsToHtml(
  projectName: string,
  groups: readonly ExcerptGroup[],
  language: ExportLanguage,
  cite: (excerpt: Excerpt) => string,
): string {
  const typeset = (text: string): string => escapeHtml(language === 'fr' ? frenchTypography(text) : text);
  const title = `${TITLE[language]} — ${projectName}`;
  const body = groups
    .map((group) => {
      const excerpts = group.excerpts
        .map(
          (excerpt) =>
            `<blockquote>${escapeHtml(excerpt.quote)}</blockquote>\n<p class="citation">— ${escapeHtml(cite(excerpt))}</p>`,
        )
        .join('\n');
      return `<section>\n<h2>${typeset(group.codeName)}</h2>\n<p class="count">${COUNT[language](group.excerpts.length)}</p>\n${excerpts}\n</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="${language}">\n<head>\n<meta charset="utf-8">\n<title>${typeset(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<h1>${typeset(title)}</h1>\n${body}\n</body>\n</html>\n`;
}
