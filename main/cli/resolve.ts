import type { DocumentSummary } from '../../app/contract/types.ts';
import type { Call } from './backend.ts';
import { CliError } from './output.ts';

/** A document named by id or by name; a name shared by several documents is ambiguous. */
export async function resolveDocument(call: Call, reference: string | number): Promise<DocumentSummary> {
  const documents = await call('documents/list', {});
  const text = String(reference);
  if (/^\d+$/u.test(text)) {
    const byId = documents.find((document) => document.id === Number(text));
    if (byId) return byId;
  }
  const byName = documents.filter((document) => document.name === text);
  if (byName.length === 1 && byName[0]) return byName[0];
  if (byName.length > 1) {
    throw new CliError(
      `Several documents are named "${text}" (ids ${byName.map((d) => d.id).join(', ')}); give an id.`,
    );
  }
  throw new CliError(`There is no document "${text}" in this project.`);
}

/** Codes named on the command line (names compare case-insensitively), as ids, in order. */
export async function resolveCodes(call: Call, names: readonly string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const codes = await call('codes/list', {});
  return names.map((name) => {
    const wanted = name.trim().toLowerCase();
    const code = codes.find((candidate) => candidate.name.toLowerCase() === wanted);
    if (!code) throw new CliError(`There is no code "${name}" in this project.`);
    return code.id;
  });
}
