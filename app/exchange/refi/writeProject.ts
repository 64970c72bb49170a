import type { CodingPlacement, DocumentOutline, ProjectOutline, SetRow } from '../../../db/index.ts';
import { isCodableOf } from './codable.ts';
import { groupBy } from '../../util/groupBy.ts';
import { escapeXml as x, joinDescription } from './values.ts';
import { cutText } from '../../text/cutText.ts';
import { variableExport, xsdDateTime } from './xsdValues.ts';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const ORIGIN = 'Verbatim 0.1';

type Attrs = Record<string, string | number | undefined>;

/** One element: attributes escaped, children already XML. */
function element(name: string, attrs: Attrs, children: readonly string[] = []): string {
  // A loop, not entries/filter/map: three elements per coding of a 200,000-coding export.
  let attributes = '';
  for (const key in attrs) {
    const value = attrs[key];
    if (value !== undefined && value !== '') attributes += ` ${key}="${x(String(value))}"`;
  }
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

/** One document of the project as the Sources write it: its codings, and its text's code-point table. */
export interface SourceDocument {
  readonly document: DocumentOutline;
  /** Its codings, in id order. */
  readonly codings: readonly CodingPlacement[];
  /** UTF-16 offset to code points in its text (codePointCounter, or a table kept from the text). */
  readonly codePoints: (utf16: number) => number;
}

/** The parts of a project.qde around its sources, and how to write one source. */
export interface ProjectXml {
  /** Everything before the first TextSource (the <Sources> element opened when there are documents). */
  readonly head: string;
  readonly textSource: (source: SourceDocument) => string;
  /** Everything after the last TextSource. */
  readonly tail: string;
}

/**
 * The project as REFI-QDA 1.0 (`project.qde`), in the element order of the XSD, in parts so
 * that the sources, which hold the codings, are written one document at a time
 * (./projectStream.ts). Positions are code points of the exact text written beside it; a
 * code's inclusion and exclusion criteria follow its definition in the Description (REFI has
 * one field).
 */
export function projectXml(
  name: string,
  outline: ProjectOutline,
  sets: { documents: readonly SetRow[]; codes: readonly SetRow[] },
): ProjectXml {
  const guidOf = <T extends { id: number; guid: string }>(rows: readonly T[]) =>
    new Map(rows.map((row) => [row.id, row.guid]));
  const coderGuid = guidOf(outline.coders);
  const codeGuid = guidOf(outline.codes);
  const documentGuid = guidOf(outline.documents);
  // Grouped once: looking memos up per coding or document was quadratic.
  const noteRefs = groupBy(outline.memos, (memo) => `${memo.targetKind}:${memo.targetId}`);
  const memosOn = (kind: string, id: number | null) =>
    (noteRefs.get(`${kind}:${id}`) ?? []).map((memo) => element('NoteRef', { targetGUID: memo.guid }));

  const users = outline.coders.map((coder) => element('User', { guid: coder.guid, name: coder.name }));

  const codeElement = (code: ProjectOutline['codes'][number]): string => {
    const description = joinDescription(code.description, code.inclusion, code.exclusion);
    const isCodable = isCodableOf(code.archived);
    return element('Code', { guid: code.guid, name: code.name, isCodable, color: code.color }, [
      ...(description ? [text('Description', description)] : []),
      ...memosOn('code', code.id),
      ...outline.codes.filter((child) => child.parentId === code.id).map(codeElement),
    ]);
  };
  const topCodes = outline.codes.filter((code) => code.parentId === null).map(codeElement);

  // Imported values are stored as the other tool wrote them: a variable whose values do not
  // all fit its type is written as Text (xsdValues.ts), so the file stays valid and loses nothing.
  const exportOf = new Map(
    outline.attributes.map((attribute) => {
      const values = outline.values.filter((value) => value.attributeId === attribute.id);
      return [
        attribute.id,
        variableExport(
          attribute.type,
          values.map((value) => value.value),
        ),
      ];
    }),
  );
  const variables = outline.attributes.map((attribute) =>
    element('Variable', {
      guid: attribute.guid,
      name: attribute.name,
      typeOfVariable: exportOf.get(attribute.id)?.typeOfVariable ?? 'Text',
    }),
  );
  const attributeById = new Map(outline.attributes.map((attribute) => [attribute.id, attribute]));
  const cases = outline.cases.map((row) =>
    element('Case', { guid: row.guid, name: row.name }, [
      ...(row.description ? [text('Description', row.description)] : []),
      ...outline.values
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
      ...outline.caseDocuments
        .filter((link) => link.caseId === row.id)
        .flatMap((link) => {
          const guid = documentGuid.get(link.documentId);
          return guid ? [element('SourceRef', { targetGUID: guid })] : [];
        }),
    ]),
  );

  const textSource = ({ document, codings, codePoints }: SourceDocument): string => {
    const selections = codings.map((coding) => {
      const user = coderGuid.get(coding.coderId);
      const created = xsdDateTime(coding.createdAt);
      return element(
        'PlainTextSelection',
        {
          guid: selectionGuid(coding.guid),
          startPosition: codePoints(coding.start),
          endPosition: codePoints(coding.end),
          creatingUser: user,
          creationDateTime: created,
        },
        [
          element('Coding', { guid: coding.guid, creatingUser: user, creationDateTime: created }, [
            element('CodeRef', { targetGUID: codeGuid.get(coding.codeId) ?? '' }),
            ...memosOn('coding', coding.id),
          ]),
        ],
      );
    });
    return element(
      'TextSource',
      {
        guid: document.guid,
        name: document.name,
        plainTextPath: `internal://${sourceFileName(document)}`,
        creationDateTime: xsdDateTime(document.importedAt),
      },
      [...selections, ...memosOn('document', document.id)],
    );
  };

  const notes = outline.memos.map((memo) =>
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

  // The Project element cut where its sources go: an empty <Sources/> is invalid, so the
  // wrapper is there only with documents.
  const SOURCES = '\u0000sources\u0000';
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
      ...(outline.documents.length > 0 ? [`<Sources>${SOURCES}</Sources>`] : []),
      ...wrap('Notes', notes),
      ...wrap('Sets', setElements),
      ...memosOn('project', null),
    ],
  );
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n${project}`;
  const cut = xml.indexOf(SOURCES);
  return cut < 0
    ? { head: xml, textSource, tail: '' }
    : { head: xml.slice(0, cut), textSource, tail: xml.slice(cut + SOURCES.length) };
}

/** A document's file in sources/. */
export function sourceFileName(document: { readonly guid: string }): string {
  return `${document.guid}.txt`;
}

/**
 * A selection's GUID, derived from its coding's so that exporting twice gives the same file
 * (our codings are the selections: one coding, one selection).
 */
export function selectionGuid(codingGuid: string): string {
  const hex = codingGuid.replace(/-/gu, '');
  // The first 8 characters flipped, the rest as they are (no array of characters per coding).
  const head = /^[^]{0,8}/u.exec(hex)?.[0] ?? '';
  const flipped = `${head.replace(/[^]/gu, (digit) => (parseInt(digit, 16) ^ 0xf).toString(16))}${hex.slice(head.length)}`;
  return `${flipped.slice(0, 8)}-${flipped.slice(8, 12)}-${flipped.slice(12, 16)}-${flipped.slice(16, 20)}-${flipped.slice(20, 32)}`;
}
