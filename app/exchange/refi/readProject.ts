import type { ProjectSnapshot } from '../../../db/index.ts';
import { archivedFromRefi } from './codable.ts';
import { PLACEHOLDER_COLOUR, readCodeColour } from './codeColours.ts';
import { AppError } from '../../errors.ts';
import { openArchive } from '../../importers/zipSafety.ts';
import { attr, child, children, parseRefiXml, textOf, type XmlNode } from './parseXml.ts';
import type { LineBreakCount, PositionUnit } from './positions.ts';
import { readCases, readVariables } from './readCases.ts';
import { addMemoTarget, createReadContext, guidOf, type ReadContext } from './readContext.ts';
import { readNotes } from './readNotes.ts';
import { readTextSources } from './readSources.ts';
import { readRefiSets, type RefiSet } from './refiSets.ts';
import { fileBaseName } from './sourceText.ts';
import { readTurnsSidecar, TURNS_ENTRY } from './turnsSidecar.ts';
import { splitDescription } from './values.ts';

export interface RefiImportReport {
  readonly kept: {
    documents: number;
    codes: number;
    codings: number;
    memos: number;
    cases: number;
    users: number;
    sets: number;
  };
  readonly skipped: { what: string; why: string }[];
  readonly positions: PositionUnit | 'none';
  readonly positionsDecidedBy: 'same' | 'boundaries' | 'origin' | 'none';
  /** How a CRLF was counted (ATLAS.ti counts one position); absent when no text was read. */
  readonly lineBreaks?: LineBreakCount;
  readonly warnings: string[];
  /** Every coder the file's users (or the importing tool) became, with the codings each got. */
  readonly coders: { name: string; codings: number }[];
}

/** What an import reads: rows to merge, sets to place after the merge, and the report. */
export interface RefiProjectRead {
  readonly snapshot: ProjectSnapshot;
  readonly sets: readonly RefiSet[];
  readonly report: RefiImportReport;
  /** Ids of the snapshot's codes without a readable colour, to paint (codeColours.ts). */
  readonly uncoloured: ReadonlySet<number>;
}
const MEDIA_SOURCES = ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'];

/**
 * Reads the project XML of a .qdpx into a snapshot to merge. Only the .qde and the text
 * files it names are inflated (and counted against zip bombs); embedded media are skipped
 * by name, unread. An entry with a path that leaves the archive refuses the whole file.
 */
export function readRefiProject(fileName: string, bytes: Uint8Array): RefiProjectRead {
  const archive = openArchive(fileName, bytes);
  const entries = archive.names.filter((name) => !/[/\\]$/u.test(name));
  const qde = entries.filter((name) => /\.qde$/iu.test(name) && !/[/\\]/u.test(name));
  const qdeName = qde[0] ?? entries.find((name) => /\.qde$/iu.test(name));
  if (!qdeName)
    throw new AppError('BAD_FILE', `${fileName} has no project.qde inside: it is not a REFI-QDA project.`, {
      key: 'notRefiProject',
      params: { file: fileName },
    });
  const byBase = new Map(entries.map((name) => [fileBaseName(name).toLowerCase(), name]));
  const readSource = (path: string): string | null => {
    const entry = byBase.get(fileBaseName(path).toLowerCase());
    return entry ? archive.readText(entry) : null;
  };
  return readProjectXml(fileName, archive.readText(qdeName), readSource);
}

/**
 * Codes, nested; the ids of those without a readable colour. Names must be unique here: a
 * repeated name gets its parent's name added.
 */
function readCodes(context: ReadContext, root: XmlNode): Set<number> {
  const names = new Set<string>();
  const uncoloured = new Set<number>();
  const readCode = (node: XmlNode, parentId: number | null, parentName: string): void => {
    const guid = guidOf(node);
    let name = (attr(node, 'name') ?? '').trim() || 'Unnamed code';
    if (names.has(name.toLowerCase())) name = `${name} (${parentName || 'top level'})`;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${name} ${n}`;
    names.add(name.toLowerCase());
    const codeId = context.id();
    context.codeByGuid.set(guid, codeId);
    const colour = readCodeColour(node, name, (warning) => context.warnings.push(warning));
    if (colour === null) uncoloured.add(codeId);
    const { description, inclusion, exclusion } = splitDescription(textOf(node, 'Description'));
    context.snapshot.codes.push({
      id: codeId,
      guid,
      parentId,
      name,
      color: colour ?? PLACEHOLDER_COLOUR,
      description,
      inclusion,
      exclusion,
      // Verbatim writes archived codes as not codable; elsewhere that can mean a folder.
      archived: archivedFromRefi(attr(node, 'isCodable'), children(node, 'Code').length > 0, context.origin),
    });
    addMemoTarget(context, guid, { kind: 'code', id: codeId, guid });
    for (const sub of children(node, 'Code')) readCode(sub, codeId, name);
  };
  for (const code of children(child(child(root, 'CodeBook'), 'Codes'), 'Code')) readCode(code, null, '');
  return uncoloured;
}

export function readProjectXml(
  fileName: string,
  xml: string,
  readSource: (path: string) => string | null,
): RefiProjectRead {
  const root = child(parseRefiXml(fileName, xml), 'Project');
  if (!root)
    throw new AppError('BAD_FILE', `${fileName}: the XML has no Project element.`, {
      key: 'notRefiProject',
      params: { file: fileName },
    });
  const context = createReadContext(root, readSource);
  const uncoloured = readCodes(context, root);
  const variables = readVariables(context, root);
  const sourcesNode = child(root, 'Sources');
  for (const kind of MEDIA_SOURCES) {
    for (const source of children(sourcesNode, kind)) {
      context.skipped.push({
        what: `${attr(source, 'name') ?? attr(source, 'guid') ?? kind}`,
        why: `${kind.replace('Source', '')} sources are not imported; Verbatim codes text.`,
      });
    }
  }
  const turns = readTurnsSidecar(readSource(TURNS_ENTRY));
  if (turns.problem) context.warnings.push(turns.problem);
  const { detection, documentByGuid } = readTextSources(
    context,
    children(sourcesNode, 'TextSource'),
    variables.names,
    turns.byGuid,
  );
  readNotes(context, root);
  readCases(context, root, variables, documentByGuid);
  const { snapshot } = context;
  return {
    snapshot,
    sets: readRefiSets(root),
    uncoloured,
    report: {
      kept: {
        documents: snapshot.documents.length,
        codes: snapshot.codes.length,
        codings: snapshot.codings.length,
        memos: snapshot.memos.length,
        cases: snapshot.cases.length,
        users: context.users,
        // Counted once they are placed, after the merge (refiSets.ts).
        sets: 0,
      },
      skipped: context.skipped,
      positions: detection?.reading.unit ?? 'none',
      positionsDecidedBy: detection?.decided ?? 'none',
      ...(detection ? { lineBreaks: detection.reading.lineBreaks } : {}),
      warnings: [...new Set(context.warnings)],
      coders: snapshot.coders.map((coder) => ({
        name: coder.name,
        codings: snapshot.codings.filter((coding) => coding.coderId === coder.id).length,
      })),
    },
  };
}
