import { createHash, randomUUID } from 'node:crypto';
import type { ProjectSnapshot } from '../../../db/index.ts';
import { AppError } from '../../errors.ts';
import { inspectArchive, readArchiveText } from '../../importers/zipSafety.ts';
import { attr, child, children, parseRefiXml, textOf, type XmlNode } from './parseXml.ts';
import { detectUnit, fromCodePoints, type PositionUnit } from './positions.ts';
import { readRefiSets, type RefiSet } from './refiSets.ts';
import { normaliseSourceText, segmentsOfText } from './sourceText.ts';
import { normaliseGuid, parseColour, plainTextToLexical, splitDescription } from './values.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

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
  readonly warnings: string[];
}

/** What an import reads: rows to merge, sets to place after the merge, and the report. */
export interface RefiProjectRead {
  readonly snapshot: ProjectSnapshot;
  readonly sets: readonly RefiSet[];
  readonly report: RefiImportReport;
}

const VARIABLE_TYPES: Record<string, string> = { Integer: 'number', Float: 'number', Date: 'date' };
const DEFAULT_COLOUR = '#6b7280';

function basename(path: string): string {
  const cleaned = path.replace(/^[a-z]+:\/*/iu, '');
  return cleaned.slice(Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\')) + 1);
}

/** Reads the project XML of a .qdpx (or a bare .qde / REFI XML) into a snapshot to merge. */
export function readRefiProject(fileName: string, bytes: Uint8Array): RefiProjectRead {
  const entries = inspectArchive(fileName, bytes).filter((name) => !name.endsWith('/'));
  const qde = entries.filter((name) => /\.qde$/iu.test(name) && !name.includes('/'));
  const qdeName = qde[0] ?? entries.find((name) => /\.qde$/iu.test(name));
  if (!qdeName)
    throw new AppError('BAD_FILE', `${fileName} has no project.qde inside: it is not a REFI-QDA project.`);
  const byBase = new Map(entries.map((name) => [basename(name).toLowerCase(), name]));
  const readSource = (path: string): string | null => {
    const entry = byBase.get(basename(path).toLowerCase());
    return entry ? readArchiveText(fileName, bytes, entry) : null;
  };
  return readProjectXml(fileName, readArchiveText(fileName, bytes, qdeName), readSource);
}

export function readProjectXml(
  fileName: string,
  xml: string,
  readSource: (path: string) => string | null,
): RefiProjectRead {
  const root = child(parseRefiXml(fileName, xml), 'Project');
  if (!root) throw new AppError('BAD_FILE', `${fileName}: the XML has no Project element.`);
  const origin = attr(root, 'origin') ?? '';
  const now = new Date().toISOString();
  const skipped: RefiImportReport['skipped'] = [];
  const warnings: string[] = [];
  const snapshot: Mutable<ProjectSnapshot> = {
    coders: [],
    documents: [],
    segments: [],
    codes: [],
    codings: [],
    memos: [],
    cases: [],
    caseDocuments: [],
    attributes: [],
    values: [],
  };
  let nextId = 1;
  const id = (): number => nextId++;

  // Users → coders. Codings by unknown users are the importing tool's.
  const coderByGuid = new Map<string, number>();
  for (const user of children(child(root, 'Users'), 'User')) {
    const guid = normaliseGuid(attr(user, 'guid') ?? randomUUID());
    const coderId = id();
    coderByGuid.set(guid, coderId);
    snapshot.coders.push({
      id: coderId,
      guid,
      name: attr(user, 'name') ?? attr(user, 'id') ?? `User ${coderByGuid.size}`,
    });
  }
  let fallbackCoder: number | null = null;
  const coderOf = (guid: string | undefined): number => {
    const known = guid ? coderByGuid.get(normaliseGuid(guid)) : undefined;
    if (known !== undefined) return known;
    fallbackCoder ??= (() => {
      const coderId = id();
      snapshot.coders.push({
        id: coderId,
        guid: randomUUID(),
        name: origin ? `${origin} import` : 'REFI-QDA import',
      });
      return coderId;
    })();
    return fallbackCoder;
  };

  // Codes, nested. Names must be unique here: a repeated name gets its parent's name added.
  const codeByGuid = new Map<string, number>();
  const names = new Set<string>();
  const noteTargets = new Map<string, { kind: string; id: number | null }>();
  const addNoteRefs = (node: XmlNode, kind: string, targetId: number | null): void => {
    for (const ref of children(node, 'NoteRef')) {
      const target = attr(ref, 'targetGUID');
      if (target) noteTargets.set(normaliseGuid(target), { kind, id: targetId });
    }
  };
  const readCode = (node: XmlNode, parentId: number | null, parentName: string): void => {
    const guid = normaliseGuid(attr(node, 'guid') ?? randomUUID());
    let name = (attr(node, 'name') ?? '').trim() || 'Unnamed code';
    if (names.has(name.toLowerCase())) name = `${name} (${parentName || 'top level'})`;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${name} ${n}`;
    names.add(name.toLowerCase());
    const codeId = id();
    codeByGuid.set(guid, codeId);
    const { description, inclusion, exclusion } = splitDescription(textOf(node, 'Description'));
    snapshot.codes.push({
      id: codeId,
      guid,
      parentId,
      name,
      color: parseColour(attr(node, 'color')) ?? DEFAULT_COLOUR,
      description,
      inclusion,
      exclusion,
      archived: 0,
    });
    addNoteRefs(node, 'code', codeId);
    for (const sub of children(node, 'Code')) readCode(sub, codeId, name);
  };
  for (const code of children(child(child(root, 'CodeBook'), 'Codes'), 'Code')) readCode(code, null, '');

  // Variables → attributes.
  const attributeByGuid = new Map<string, { id: number; type: string }>();
  for (const variable of children(child(root, 'Variables'), 'Variable')) {
    const guid = normaliseGuid(attr(variable, 'guid') ?? randomUUID());
    const type = VARIABLE_TYPES[attr(variable, 'typeOfVariable') ?? ''] ?? 'text';
    const attributeId = id();
    attributeByGuid.set(guid, { id: attributeId, type });
    snapshot.attributes.push({
      id: attributeId,
      guid,
      name: attr(variable, 'name') ?? 'Variable',
      type,
      choices: '[]',
    });
  }

  // Sources: text sources become documents; the others are reported.
  const sourcesNode = child(root, 'Sources');
  for (const kind of ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource']) {
    for (const source of children(sourcesNode, kind)) {
      skipped.push({
        what: `${attr(source, 'name') ?? attr(source, 'guid') ?? kind}`,
        why: `${kind.replace('Source', '')} sources are not imported; Verbatim codes text.`,
      });
    }
  }
  const texts: { node: XmlNode; guid: string; name: string; raw: string }[] = [];
  for (const source of children(sourcesNode, 'TextSource')) {
    const guid = normaliseGuid(attr(source, 'guid') ?? randomUUID());
    const path = attr(source, 'plainTextPath');
    const name = attr(source, 'name') ?? (path ? basename(path).replace(/\.[^.]*$/u, '') : guid);
    const inline = source['PlainTextContent'] !== undefined ? textOf(source, 'PlainTextContent') : null;
    const raw = inline ?? (path ? readSource(path) : null);
    if (raw === null) {
      skipped.push({
        what: name,
        why: path ? `its text file (${basename(path)}) is missing from the archive.` : 'it has no text.',
      });
      continue;
    }
    texts.push({ node: source, guid, name, raw });
  }
  const rawSelections = (node: XmlNode) =>
    children(node, 'PlainTextSelection').map((selection) => ({
      start: Number(attr(selection, 'startPosition')),
      end: Number(attr(selection, 'endPosition')),
    }));
  const detection =
    texts.length > 0
      ? detectUnit(
          texts.map((source) => ({
            text: source.raw.replace(/^\uFEFF/u, ''),
            selections: rawSelections(source.node),
          })),
          origin,
        )
      : null;
  const unit: PositionUnit = detection?.unit ?? 'code-points';

  const codingGuids = new Set<string>();
  for (const source of texts) {
    const body = source.raw.replace(/^\uFEFF/u, '');
    const { text, map } = normaliseSourceText(source.raw);
    // NVivo 15 re-exports can carry empty texts (FORMAT.md): kept, but the user is told.
    if (text.trim() === '') warnings.push(`«${source.name}» has no text; it was imported empty.`);
    const documentId = id();
    snapshot.documents.push({
      id: documentId,
      guid: source.guid,
      name: source.name,
      text,
      sourceName: `${source.name}.txt`,
      sourceFormat: 'refi-qda',
      sourceEncoding: 'utf-8',
      checksum: createHash('sha256').update(text).digest('hex'),
      importedAt: attr(source.node, 'creationDateTime') ?? now,
    });
    segmentsOfText(text).forEach((segment, ordinal) =>
      snapshot.segments.push({
        documentId,
        ordinal,
        start: segment.start,
        end: segment.end,
        speaker: null,
        timestamp: null,
      }),
    );
    addNoteRefs(source.node, 'document', documentId);
    const toOffset = (position: number): number =>
      map(unit === 'utf-16' ? position : fromCodePoints(body, position));
    const addCoding = (
      coding: XmlNode,
      start: number,
      end: number,
      fallbackUser: string | undefined,
    ): void => {
      const codeGuid = attr(child(coding, 'CodeRef'), 'targetGUID');
      const codeId = codeGuid ? codeByGuid.get(normaliseGuid(codeGuid)) : undefined;
      const guid = normaliseGuid(attr(coding, 'guid') ?? randomUUID());
      if (codeId === undefined) {
        warnings.push(
          `A coding in «${source.name}» refers to a code that is not in the codebook; it was left out.`,
        );
        return;
      }
      if (codingGuids.has(guid)) return;
      codingGuids.add(guid);
      const codingId = id();
      snapshot.codings.push({
        id: codingId,
        guid,
        documentId,
        codeId,
        coderId: coderOf(attr(coding, 'creatingUser') ?? fallbackUser),
        start,
        end,
        quote: text.slice(start, end),
        createdAt: attr(coding, 'creationDateTime') ?? now,
      });
      addNoteRefs(coding, 'coding', codingId);
    };
    for (const selection of children(source.node, 'PlainTextSelection')) {
      const rawStart = Number(attr(selection, 'startPosition'));
      const rawEnd = Number(attr(selection, 'endPosition'));
      if (!Number.isFinite(rawStart) || !Number.isFinite(rawEnd)) {
        warnings.push(`A selection in «${source.name}» has no valid positions; it was left out.`);
        continue;
      }
      const start = Math.min(text.length, toOffset(rawStart));
      const end = Math.min(text.length, toOffset(rawEnd));
      if (end <= start) {
        warnings.push(
          `A selection in «${source.name}» is empty or outside the text (${rawStart}–${rawEnd}); it was left out.`,
        );
        continue;
      }
      for (const coding of children(selection, 'Coding'))
        addCoding(coding, start, end, attr(selection, 'creatingUser'));
    }
    // A coding on the source itself covers the whole text.
    for (const coding of children(source.node, 'Coding'))
      if (text.length > 0) addCoding(coding, 0, text.length, undefined);
  }

  // Notes → memos, on what refers to them (else on the project).
  addNoteRefs(root, 'project', null);
  for (const note of children(child(root, 'Notes'), 'Note')) {
    const guid = normaliseGuid(attr(note, 'guid') ?? randomUUID());
    const path = attr(note, 'plainTextPath');
    const raw =
      note['PlainTextContent'] !== undefined
        ? textOf(note, 'PlainTextContent')
        : path
          ? readSource(path)
          : null;
    if (raw === null) {
      skipped.push({ what: attr(note, 'name') ?? guid, why: 'the note has no text.' });
      continue;
    }
    const plainText = normaliseSourceText(raw).text;
    const target = noteTargets.get(guid) ?? { kind: 'project', id: null };
    snapshot.memos.push({
      guid,
      targetKind: target.kind,
      targetId: target.id,
      title: attr(note, 'name') ?? '',
      body: plainTextToLexical(plainText),
      plainText,
      authorId: attr(note, 'creatingUser') ? coderOf(attr(note, 'creatingUser')) : null,
      createdAt: attr(note, 'creationDateTime') ?? now,
    });
  }

  // Cases with their variable values and documents.
  const documentByGuid = new Map(snapshot.documents.map((document) => [document.guid, document.id]));
  const caseNames = new Set<string>();
  for (const row of children(child(root, 'Cases'), 'Case')) {
    const guid = normaliseGuid(attr(row, 'guid') ?? randomUUID());
    let name = (attr(row, 'name') ?? '').trim() || `Case ${snapshot.cases.length + 1}`;
    for (let n = 2; caseNames.has(name.toLowerCase()); n++) name = `${attr(row, 'name') ?? 'Case'} ${n}`;
    caseNames.add(name.toLowerCase());
    const caseId = id();
    snapshot.cases.push({ id: caseId, guid, name, description: textOf(row, 'Description') });
    for (const value of children(row, 'VariableValue')) {
      const target = attr(child(value, 'VariableRef'), 'targetGUID');
      const attribute = target ? attributeByGuid.get(normaliseGuid(target)) : undefined;
      if (!attribute) continue;
      const found = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue']
        .map((kind) => textOf(value, kind))
        .find((item) => item !== '');
      if (found === undefined) continue;
      snapshot.values.push({
        caseId,
        attributeId: attribute.id,
        value: attribute.type === 'date' ? found.slice(0, 10) : found.trim(),
      });
    }
    for (const ref of children(row, 'SourceRef')) {
      const documentId = documentByGuid.get(normaliseGuid(attr(ref, 'targetGUID') ?? ''));
      if (documentId !== undefined) snapshot.caseDocuments.push({ caseId, documentId });
    }
  }
  return {
    snapshot,
    sets: readRefiSets(root),
    report: {
      kept: {
        documents: snapshot.documents.length,
        codes: snapshot.codes.length,
        codings: snapshot.codings.length,
        memos: snapshot.memos.length,
        cases: snapshot.cases.length,
        users: coderByGuid.size,
        // Counted once they are placed, after the merge (refiSets.ts).
        sets: 0,
      },
      skipped,
      positions: texts.length === 0 ? 'none' : unit,
      positionsDecidedBy: detection?.decided ?? 'none',
      warnings: [...new Set(warnings)],
    },
  };
}
