import { createHash } from 'node:crypto';
import { attr, child, children, textOf, type XmlNode } from './parseXml.ts';
import { detectReading, positionMap, type PositionReading } from './positions.ts';
import { addMemoTarget, derivedGuid, guidOf, type MemoTarget, type ReadContext } from './readContext.ts';
import { excerpt, fileBaseName, normaliseSourceText, segmentsOfText } from './sourceText.ts';
import { turnsOfText, type SidecarRead } from './turnsSidecar.ts';
import { isGuid, normaliseGuid, plainTextToLexical } from './values.ts';

export interface SourcesRead {
  /** The reading of the positions, null when no text source was imported. */
  readonly detection: ReturnType<typeof detectReading> | null;
  readonly documentByGuid: ReadonlyMap<string, number>;
}

interface TextSourceFile {
  readonly node: XmlNode;
  readonly guid: string;
  readonly name: string;
  /** The file's text without its BOM: what the positions count. */
  readonly body: string;
}

/**
 * A document's name: the source's `name`, else its plain-text file's name, else its first
 * words. A GUID is no name (NVivo 15 re-exports name sources by a GUID, FORMAT.md §5).
 */
function sourceName(context: ReadContext, node: XmlNode, body: string | null, ordinal: number): string {
  const given = (attr(node, 'name') ?? '').trim();
  const path = attr(node, 'plainTextPath');
  const file = path
    ? fileBaseName(path)
        .replace(/\.[^.]*$/u, '')
        .trim()
    : '';
  const name =
    [given, file, body === null ? '' : excerpt(body, 6)].find(
      (candidate) => candidate !== '' && !isGuid(candidate),
    ) ?? `Text source ${ordinal}`;
  if (isGuid(given) && name !== given)
    context.warnings.push(`A source named by a GUID (${given}) was named «${name}».`);
  return name;
}

function sourceFiles(context: ReadContext, sources: readonly XmlNode[]): TextSourceFile[] {
  const files: TextSourceFile[] = [];
  sources.forEach((node, index) => {
    const path = attr(node, 'plainTextPath');
    const inline = node['PlainTextContent'] !== undefined ? textOf(node, 'PlainTextContent') : null;
    const raw = inline ?? (path ? context.readSource(path) : null);
    const body = raw?.replace(/^\uFEFF/u, '') ?? null;
    const name = sourceName(context, node, body, index + 1);
    if (body === null) {
      context.skipped.push({
        what: name,
        why: path ? `its text file (${fileBaseName(path)}) is missing from the archive.` : 'it has no text.',
      });
      return;
    }
    files.push({ node, guid: guidOf(node), name, body });
  });
  return files;
}

/** Values the file puts on a source itself: Verbatim keeps attributes on cases only. */
function reportSourceValues(
  context: ReadContext,
  source: TextSourceFile,
  variableNames: ReadonlyMap<string, string>,
) {
  const values = children(source.node, 'VariableValue').map((value) => {
    const target = normaliseGuid(attr(child(value, 'VariableRef'), 'targetGUID') ?? '');
    const found = Object.entries(value).find(([key]) => key.endsWith('Value'));
    return `${variableNames.get(target) ?? 'a variable'} = ${found ? textOf(value, found[0]).trim() : '?'}`;
  });
  if (values.length > 0) {
    context.skipped.push({
      what: `variable values of «${source.name}»`,
      why: `${values.join(', ')}: REFI puts them on the source, Verbatim keeps attributes on cases; make a case of this document to keep them.`,
    });
  }
}

/** Text sources → documents, their selections → codings, and the places their notes go. */
export function readTextSources(
  context: ReadContext,
  sources: readonly XmlNode[],
  variableNames: ReadonlyMap<string, string>,
  turns: SidecarRead['byGuid'],
): SourcesRead {
  const files = sourceFiles(context, sources);
  const selectionsOf = (node: XmlNode) =>
    children(node, 'PlainTextSelection').map((selection) => ({
      start: Number(attr(selection, 'startPosition')),
      end: Number(attr(selection, 'endPosition')),
    }));
  const detection =
    files.length > 0
      ? detectReading(
          files.map((file) => ({ text: file.body, selections: selectionsOf(file.node) })),
          context.origin,
        )
      : null;
  const documentByGuid = new Map<string, number>();
  const codingGuids = new Set<string>();
  for (const file of files) {
    const documentId = readTextSource(context, file, detection?.reading, codingGuids, turns);
    documentByGuid.set(file.guid, documentId);
    reportSourceValues(context, file, variableNames);
  }
  return { detection, documentByGuid };
}

function readTextSource(
  context: ReadContext,
  source: TextSourceFile,
  reading: PositionReading | undefined,
  codingGuids: Set<string>,
  turns: SidecarRead['byGuid'],
): number {
  const { snapshot, warnings } = context;
  const { text, map } = normaliseSourceText(source.body);
  // NVivo 15 re-exports can carry empty texts (FORMAT.md): kept, but the user is told.
  if (text.trim() === '') warnings.push(`«${source.name}» has no text; it was imported empty.`);
  const documentId = context.id();
  const checksum = createHash('sha256').update(text).digest('hex');
  snapshot.documents.push({
    id: documentId,
    guid: source.guid,
    name: source.name,
    text,
    // ATLAS.ti names sources after their file ("entretien.txt"): no second extension.
    sourceName: /\.txt$/iu.test(source.name) ? source.name : `${source.name}.txt`,
    sourceFormat: 'refi-qda',
    sourceEncoding: 'utf-8',
    checksum,
    importedAt: attr(source.node, 'creationDateTime') ?? context.now,
  });
  // A Verbatim file carries its speaker turns beside the XML; other files are split into paragraphs.
  const known = turnsOfText(text, checksum, turns.get(source.guid));
  if (turns.has(source.guid) && !known)
    warnings.push(`The speaker turns of «${source.name}» do not fit its text; it was split into paragraphs.`);
  (known ?? segmentsOfText(text).map((segment) => ({ ...segment, speaker: null, timestamp: null }))).forEach(
    (segment, ordinal) => snapshot.segments.push({ documentId, ordinal, ...segment }),
  );
  const documentTarget: MemoTarget = { kind: 'document', id: documentId, guid: source.guid };
  addMemoTarget(context, source.guid, documentTarget);
  const positions = positionMap(source.body, reading ?? { unit: 'code-points', lineBreaks: 'as-in-file' });
  // Who coded: the coding's creatingUser, else its selection's (NVivo), else the source's
  // for a coding of the whole source; coderOf falls back on the project's creator.
  const addCoding = (coding: XmlNode, start: number, end: number, fallbackUser: string | undefined) => {
    const codeGuid = attr(child(coding, 'CodeRef'), 'targetGUID');
    const codeId = codeGuid ? context.codeByGuid.get(normaliseGuid(codeGuid)) : undefined;
    const guid = guidOf(coding);
    if (codeId === undefined) {
      warnings.push(
        `A coding in «${source.name}» refers to a code that is not in the codebook; it was left out.`,
      );
      return null;
    }
    if (codingGuids.has(guid)) return null;
    codingGuids.add(guid);
    const codingId = context.id();
    snapshot.codings.push({
      id: codingId,
      guid,
      documentId,
      codeId,
      coderId: context.coderOf(attr(coding, 'creatingUser'), fallbackUser),
      start,
      end,
      quote: text.slice(start, end),
      createdAt: attr(coding, 'creationDateTime') ?? context.now,
    });
    const target: MemoTarget = { kind: 'coding', id: codingId, guid };
    addMemoTarget(context, guid, target);
    return target;
  };
  let uncoded = 0;
  for (const selection of children(source.node, 'PlainTextSelection')) {
    const rawStart = Number(attr(selection, 'startPosition'));
    const rawEnd = Number(attr(selection, 'endPosition'));
    if (!Number.isFinite(rawStart) || !Number.isFinite(rawEnd)) {
      warnings.push(`A selection in «${source.name}» has no valid positions; it was left out.`);
      continue;
    }
    const start = map(positions.index(rawStart));
    const end = map(positions.index(rawEnd));
    if (end <= start) {
      warnings.push(
        `A selection in «${source.name}» is empty or outside the text (${rawStart}–${rawEnd}); it was left out.`,
      );
      continue;
    }
    // FORMAT.md §4: clamp out-of-range values and report them.
    if (rawStart < 0 || rawEnd > positions.length) {
      warnings.push(
        `A selection in «${source.name}» reaches outside the text (${rawStart}–${rawEnd}, the text has ${positions.length} positions); it was cut to the text.`,
      );
    }
    const targets = children(selection, 'Coding').flatMap(
      (coding) => addCoding(coding, start, end, attr(selection, 'creatingUser')) ?? [],
    );
    const quote = excerpt(text.slice(start, end), 8);
    if (children(selection, 'Coding').length === 0) {
      uncoded++;
      // Its notes and comment still go somewhere: on the document, saying which passage.
      targets.push({
        ...documentTarget,
        moved: `its passage «${quote}» has no code, so it is on the document`,
      });
    }
    const selectionGuid = guidOf(selection);
    for (const target of targets) addMemoTarget(context, selectionGuid, target);
    addSelectionComment(context, selection, selectionGuid, targets, quote);
  }
  if (uncoded > 0) {
    context.skipped.push({
      what: `${uncoded} passage${uncoded === 1 ? '' : 's'} of «${source.name}»`,
      why: 'selected without a code (as MAXQDA exports them); Verbatim keeps coded passages only. Their notes and comments are memos on the document.',
    });
  }
  // A coding on the source itself covers the whole text.
  for (const coding of children(source.node, 'Coding'))
    if (text.length > 0) addCoding(coding, 0, text.length, attr(source.node, 'creatingUser'));
  return documentId;
}

/** MAXQDA writes a coding's comment as its selection's Description: a memo on the coding. */
function addSelectionComment(
  context: ReadContext,
  selection: XmlNode,
  selectionGuid: string,
  targets: readonly MemoTarget[],
  quote: string,
): void {
  const comment = textOf(selection, 'Description').trim();
  // NVivo writes empty Descriptions everywhere (FORMAT.md §5).
  if (comment === '') return;
  for (const target of targets) {
    const plainText = normaliseSourceText(comment).text;
    context.snapshot.memos.push({
      guid: derivedGuid(selectionGuid, 'Description', target.guid),
      targetKind: target.kind,
      targetId: target.id,
      title: target.kind === 'document' ? `On «${quote}»` : '',
      body: plainTextToLexical(plainText),
      plainText,
      authorId: attr(selection, 'creatingUser') ? context.coderOf(attr(selection, 'creatingUser')) : null,
      createdAt: attr(selection, 'creationDateTime') ?? context.now,
    });
  }
}
