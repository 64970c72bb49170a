import type { ExcerptModel, ExportTick, ModelExcerpt } from './excerptModel.ts';
import { noTick } from './excerptModel.ts';
import { EXPORT_LABELS, excerptsTitle, typesetFor } from './labels.ts';
import { escapeMarkdown } from './markdown.ts';

export type { ExportLanguage } from './citation.ts';

/**
 * The block quote of an excerpt. A quote across turns gives each speaker's part its own
 * paragraph, opened by the speaker's label in bold.
 */
function quoteLines(excerpt: ModelExcerpt): string[] {
  if (excerpt.turns === null) return excerpt.shown.split('\n').map((line) => `> ${escapeMarkdown(line)}`);
  return excerpt.turns.flatMap((turn, index) => {
    const lines = turn.shown.split('\n').map(escapeMarkdown);
    if (turn.label !== null) lines[0] = `**${escapeMarkdown(turn.label)}** ${lines[0] ?? ''}`;
    return [...(index > 0 ? ['>'] : []), ...lines.map((line) => `> ${line}`)];
  });
}

/**
 * Coded excerpts as Markdown: a heading per group (code, case or document), each excerpt a
 * block quote followed by its citation line and, when asked, its memo. All user text is
 * escaped so that it reads literally (no markup of the transcript's own takes effect).
 */
export async function excerptsToMarkdown(model: ExcerptModel, tick: ExportTick = noTick): Promise<string> {
  const labels = EXPORT_LABELS[model.language];
  const typeset = typesetFor(model.language);
  const title = excerptsTitle(model.language, model.projectName, model.codeName);
  const lines: string[] = [`# ${escapeMarkdown(title)}`, ''];
  for (const group of model.groups) {
    lines.push(
      // A sub-code one level below its parent (## for top-level codes, at most ######).
      `${'#'.repeat(Math.min(2 + group.depth, 6))} ${escapeMarkdown(typeset(group.title))}`,
      '',
      `*${labels.excerpts(group.excerpts.length)}*`,
      '',
    );
    if (group.excerpts.length === 0) lines.push(labels.none, '');
    for (const excerpt of group.excerpts) {
      lines.push(...quoteLines(excerpt));
      lines.push('', `— ${escapeMarkdown(excerpt.citation)}`, '');
      if (excerpt.memo !== null) {
        const memo = excerpt.memo.split('\n').map((line) => escapeMarkdown(typeset(line)));
        lines.push(`**${labels.memo}.** ${memo.join('  \n')}`, '');
      }
      await tick();
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
