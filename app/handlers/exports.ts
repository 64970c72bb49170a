import { listAllExcerpts, listCodes, listExcerptsOfCode } from '../../db/index.ts';
import type { ExportedFile } from '../contract/types.ts';
import { excerptsToMarkdown, type ExcerptGroup } from '../exports/excerptsMarkdown.ts';
import { requireCode } from './codes.ts';
import type { HandlerGroup } from './registry.ts';

function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'export';
}

export const exportHandlers: HandlerGroup = {
  'exports/excerpts': ({ codeId, language }, session): ExportedFile => {
    const db = session.db();
    let groups: ExcerptGroup[];
    if (codeId !== undefined) {
      const code = requireCode(db, codeId);
      groups = [{ codeName: code.name, excerpts: listExcerptsOfCode(db, codeId) }];
    } else {
      const all = listAllExcerpts(db);
      groups = listCodes(db)
        .map((code) => ({
          codeName: code.name,
          excerpts: all.filter((excerpt) => excerpt.codeId === code.id),
        }))
        .sort((x, y) => x.codeName.localeCompare(y.codeName));
    }
    const projectName = session.name ?? 'Verbatim';
    return {
      fileName: `${safeFileName(projectName)}-${codeId !== undefined ? safeFileName(groups[0]?.codeName ?? '') : 'excerpts'}.md`,
      mimeType: 'text/markdown',
      content: excerptsToMarkdown(projectName, groups, language ?? 'en'),
    };
  },
};
