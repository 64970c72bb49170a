import { strToU8, zipSync } from 'fflate';
import type { ProjectSnapshot, SetRow } from '../../../db/index.ts';
import { isCodableOf } from './codable.ts';
import { groupBy } from '../../util/groupBy.ts';
import { codePointCounter } from '../../text/offsets.ts';
import { TURNS_ENTRY, writeTurnsSidecar } from './turnsSidecar.ts';
import { escapeXml as x, joinDescription } from './values.ts';
import { cutText } from '../../text/cutText.ts';
import { variableExport, xsdDateTime } from './xsdValues.ts';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const ORIGIN = 'Verbatim 0.1';

type Attrs = Record<string, string | number | undefined>;

/** One element: attributes escaped, children already XML. */
function element(name: string, attrs: Attrs, children: readonly string[] = []): string {
  const attributes = Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => ` ${key}="${x(String(value))}"`)
    .join('');
  return children.length === 0
    ? `<${name}${attributes}/>`
    : `<${name}${attributes}>${children.join('')}</${name}>`;
}

const text = (name: string, value: string): string => `<${name}>${x(value)}</${name}>`;

/** The wrapper only when it has children: an empty <Sets/> is invalid against the schema. */
const wrap = (name: string, children: readonly string[]): string[] =>
  children.length > 0 ? [element(name, {}, children)] : [];

/** An untitled memo is named by the start of its text (a Note's name is optional, but tools list notes by it). */
const MEMO_NAME_LENGTH = 60;

export interface ProjectExport {
  readonly qde: string;
  /** File name in sources/ → its plain text (UTF-8, no BOM, LF: what the positions count). */
  readonly sources: ReadonlyMap<string, string>;
  /** The speaker turns side file (turnsSidecar.ts), or null when there are none. */
  readonly turns: string | null;
}

/**
 * The project as REFI-QDA 1.0 (`project.qde` + `sources/`), in the element order of the XSD.
 * Positions are code points of the exact text written beside it; a code's inclusion and
 * exclusion criteria follow its definition in the Description (REFI has one field).
 */
export function buildProjectXml(
  name: string,
  snapshot: ProjectSnapshot,
  sets: { documents: readonly SetRow[]; codes: readonly SetRow[] },
): ProjectExport {
  const guidOf = <T extends { id: number; guid: string }>(rows: readonly T[]) =>
    new Map(rows.map((row) => [row.id, row.guid]));
  const coderGuid = guidOf(snapshot.coders);
  const codeGuid = guidOf(snapshot.codes);
  const documentGuid = guidOf(snapshot.documents);
  // Grouped once: looking memos and codings up per coding or document was quadratic.
  const noteRefs = groupBy(snapshot.memos, (memo) => `${memo.targetKind}:${memo.targetId}`);
  const memosOn = (kind: string, id: number | null) =>
    (noteRefs.get(`${kind}:${id}`) ?? []).map((memo) => element('NoteRef', { targetGUID: memo.guid }));
  const codingsOf = groupBy(snapshot.codings, (coding) => coding.documentId);

  const users = snapshot.coders.map((coder) => element('User', { guid: coder.guid, name: coder.name }));

  const codeElement = (code: ProjectSnapshot['codes'][number]): string => {
    const description = joinDescription(code.description, code.inclusion, code.exclusion);
    const isCodable = isCodableOf(code.archived);
    return element('Code', { guid: code.guid, name: code.name, isCodable, color: code.color }, [
      ...(description ? [text('Description', description)] : []),
      ...memosOn('code', code.id),
      ...snapshot.codes.filter((child) => child.parentId === code.id).map(codeElement),
    ]);
  };
  const topCodes = snapshot.codes.filter((code) => code.parentId === null).map(codeElement);

  // Imported values are stored as the other tool wrote them: a variable whose values do not
  // all fit its type is written as Text (xsdValues.ts), so the file stays valid and loses nothing.
  const exportOf = new Map(
    snapshot.attributes.map((attribute) => {
      const values = snapshot.values.filter((value) => value.attributeId === attribute.id);
      return [
        attribute.id,
        variableExport(
          attribute.type,
          values.map((value) => value.value),
        ),
      ];
    }),
  );
  const variables = snapshot.attributes.map((attribute) =>
    element('Variable', {
      guid: attribute.guid,
      name: attribute.name,
      typeOfVariable: exportOf.get(attribute.id)?.typeOfVariable ?? 'Text',
    }),
  );
  const attributeById = new Map(snapshot.attributes.map((attribute) => [attribute.id, attribute]));
  const cases = snapshot.cases.map((row) =>
    element('Case', { guid: row.guid, name: row.name }, [
      ...(row.description ? [text('Description', row.description)] : []),
      ...snapshot.values
        .filter((value) => value.caseId === row.id)
        .flatMap((value) => {
          const attribute = attributeById.get(value.attributeId);
          const written = exportOf.get(value.attributeId);
          if (!attribute || !written) return [];
          return [
            element('VariableValue', {}, [
              element('VariableRef', { targetGUID: attribute.guid }),
              text(written.element, written.write(value.value)),
            ]),
          ];
        }),
      ...snapshot.caseDocuments
        .filter((link) => link.caseId === row.id)
        .flatMap((link) => {
          const guid = documentGuid.get(link.documentId);
          return guid ? [element('SourceRef', { targetGUID: guid })] : [];
        }),
    ]),
  );

  const sources = new Map<string, string>();
  const textSources = snapshot.documents.map((document) => {
    const file = `${document.guid}.txt`;
    sources.set(file, document.text);
    const codePoints = codePointCounter(document.text);
    const selections = (codingsOf.get(document.id) ?? []).map((coding) => {
      const user = coderGuid.get(coding.coderId);
      return element(
        'PlainTextSelection',
        {
          guid: selectionGuid(coding.guid),
          startPosition: codePoints(coding.start),
          endPosition: codePoints(coding.end),
          creatingUser: user,
          creationDateTime: xsdDateTime(coding.createdAt),
        },
        [
          element(
            'Coding',
            { guid: coding.guid, creatingUser: user, creationDateTime: xsdDateTime(coding.createdAt) },
            [
              element('CodeRef', { targetGUID: codeGuid.get(coding.codeId) ?? '' }),
              ...memosOn('coding', coding.id),
            ],
          ),
        ],
      );
    });
    return element(
      'TextSource',
      {
        guid: document.guid,
        name: document.name,
        plainTextPath: `internal://${file}`,
        creationDateTime: xsdDateTime(document.importedAt),
      },
      [...selections, ...memosOn('document', document.id)],
    );
  });

  const notes = snapshot.memos.map((memo) =>
    element(
      'Note',
      {
        guid: memo.guid,
        name: memo.title || cutText(memo.plainText, MEMO_NAME_LENGTH),
        creatingUser: memo.authorId === null ? undefined : coderGuid.get(memo.authorId),
        creationDateTime: xsdDateTime(memo.createdAt),
      },
      [text('PlainTextContent', memo.plainText)],
    ),
  );

  const setElements = [
    ...sets.documents.map((set) =>
      element(
        'Set',
        { guid: set.guid, name: set.name },
        set.memberIds.flatMap((id) => {
          const guid = documentGuid.get(id);
          return guid ? [element('MemberSource', { targetGUID: guid })] : [];
        }),
      ),
    ),
    ...sets.codes.map((set) =>
      element(
        'Set',
        { guid: set.guid, name: set.name },
        set.memberIds.flatMap((id) => {
          const guid = codeGuid.get(id);
          return guid ? [element('MemberCode', { targetGUID: guid })] : [];
        }),
      ),
    ),
  ];

  const project = element(
    'Project',
    {
      xmlns: PROJECT_NAMESPACE,
      name,
      origin: ORIGIN,
      creationDateTime: new Date().toISOString().replace(/\.\d{3}Z$/u, 'Z'),
    },
    [
      ...wrap('Users', users),
      ...(topCodes.length > 0 ? [element('CodeBook', {}, [element('Codes', {}, topCodes)])] : []),
      ...wrap('Variables', variables),
      ...wrap('Cases', cases),
      ...wrap('Sources', textSources),
      ...wrap('Notes', notes),
      ...wrap('Sets', setElements),
      ...memosOn('project', null),
    ],
  );
  return {
    qde: `<?xml version="1.0" encoding="utf-8"?>\n${project}`,
    sources,
    turns: writeTurnsSidecar(snapshot),
  };
}

/**
 * A selection's GUID, derived from its coding's so that exporting twice gives the same file
 * (our codings are the selections: one coding, one selection).
 */
export function selectionGuid(codingGuid: string): string {
  const hex = codingGuid.replace(/-/gu, '');
  const flipped = [...hex]
    .map((digit, index) => (index < 8 ? (parseInt(digit, 16) ^ 0xf).toString(16) : digit))
    .join('');
  return `${flipped.slice(0, 8)}-${flipped.slice(8, 12)}-${flipped.slice(12, 16)}-${flipped.slice(16, 20)}-${flipped.slice(20, 32)}`;
}

/** The .qdpx archive: project.qde and a lowercase sources/ folder, as FORMAT.md advises. */
export function zipProject(exported: ProjectExport): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(exported.qde) };
  for (const [name, content] of exported.sources) files[`sources/${name}`] = strToU8(content);
  if (exported.turns !== null) files[TURNS_ENTRY] = strToU8(exported.turns);
  return zipSync(files, { level: 6 });
}
