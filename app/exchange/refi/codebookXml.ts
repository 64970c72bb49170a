import { randomUUID } from 'node:crypto';
import type { ProjectSnapshot, SetRow } from '../../../db/index.ts';
import { AppError } from '../../errors.ts';
import { archivedFromRefi, isCodableOf } from './codable.ts';
import { PLACEHOLDER_COLOUR, readCodeColour } from './codeColours.ts';
import { attr, child, children, parseRefiXml, textOf, type XmlNode } from './parseXml.ts';
import { readRefiSets, type RefiSet } from './refiSets.ts';
import { ORIGIN } from './writeProject.ts';
import { escapeXml as x, joinDescription, normaliseGuid, splitDescription } from './values.ts';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/**
 * The codebook alone as a REFI-QDA .qdc: hierarchy, colours, definitions and criteria, and
 * code groups as `Set`s (members written `<MemberCode guid=…/>` in a codebook, FORMAT.md).
 */
export function buildCodebookXml(codes: ProjectSnapshot['codes'], groups: readonly SetRow[] = []): string {
  const codeElement = (code: ProjectSnapshot['codes'][number]): string => {
    const description = joinDescription(code.description, code.inclusion, code.exclusion);
    const inner = [
      description ? `<Description>${x(description)}</Description>` : '',
      ...codes.filter((sub) => sub.parentId === code.id).map(codeElement),
    ].join('');
    const attributes = `guid="${x(code.guid)}" name="${x(code.name)}" isCodable="${isCodableOf(code.archived)}" color="${x(code.color)}"`;
    return inner ? `<Code ${attributes}>${inner}</Code>` : `<Code ${attributes}/>`;
  };
  const top = codes
    .filter((code) => code.parentId === null)
    .map(codeElement)
    .join('');
  if (top === '')
    throw new AppError('CONFLICT', 'The codebook is empty: there is nothing to export.', {
      key: 'codebookEmpty',
    });
  const guidOf = new Map(codes.map((code) => [code.id, code.guid]));
  const sets = groups
    .map((group) => {
      const members = group.memberIds
        .flatMap((id) => {
          const guid = guidOf.get(id);
          return guid ? [`<MemberCode guid="${x(guid)}"/>`] : [];
        })
        .join('');
      const attributes = `guid="${x(group.guid)}" name="${x(group.name)}"`;
      return members ? `<Set ${attributes}>${members}</Set>` : `<Set ${attributes}/>`;
    })
    .join('');
  // No empty <Sets/>: a wrapper needs a child to be valid.
  const wrapper = sets ? `<Sets>${sets}</Sets>` : '';
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="${CODEBOOK_NAMESPACE}" origin="${ORIGIN}"><Codes>${top}</Codes>${wrapper}</CodeBook>`;
}

/**
 * Codes of a .qdc (any namespace version), as snapshot rows to merge, its sets, the ids of
 * the codes without a readable colour (to paint, codeColours.ts) and warnings.
 */
export function readCodebookXml(
  fileName: string,
  xml: string,
): { codes: ProjectSnapshot['codes']; sets: RefiSet[]; uncoloured: Set<number>; warnings: string[] } {
  const root = child(parseRefiXml(fileName, xml), 'CodeBook');
  if (!root)
    throw new AppError('BAD_FILE', `${fileName} has no CodeBook element: it is not a REFI-QDA codebook.`, {
      key: 'notRefiCodebook',
      params: { file: fileName },
    });
  const origin = attr(root, 'origin') ?? '';
  const codes: ProjectSnapshot['codes'][number][] = [];
  const uncoloured = new Set<number>();
  const warnings: string[] = [];
  const names = new Set<string>();
  let nextId = 1;
  const read = (node: XmlNode, parentId: number | null, parentName: string): void => {
    let name = (attr(node, 'name') ?? '').trim() || 'Unnamed code';
    if (names.has(name.toLowerCase())) name = `${name} (${parentName || 'top level'})`;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${name} ${n}`;
    names.add(name.toLowerCase());
    const id = nextId++;
    const colour = readCodeColour(node, name, (warning) => warnings.push(warning));
    if (colour === null) uncoloured.add(id);
    codes.push({
      id,
      guid: normaliseGuid(attr(node, 'guid') ?? randomUUID()),
      parentId,
      name,
      color: colour ?? PLACEHOLDER_COLOUR,
      ...splitDescription(textOf(node, 'Description')),
      archived: archivedFromRefi(attr(node, 'isCodable'), children(node, 'Code').length > 0, origin),
    });
    for (const sub of children(node, 'Code')) read(sub, id, name);
  };
  for (const code of children(child(root, 'Codes'), 'Code')) read(code, null, '');
  return { codes, sets: readRefiSets(root), uncoloured, warnings };
}
