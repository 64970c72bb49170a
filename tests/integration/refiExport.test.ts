import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/requiredTool.ts';
import { call, callError } from '../support/session.ts';
import { REFI_SAMPLES, newProject, seededProject, unzipText, validate, XMLLINT } from './refiFixture.ts';

type Node = Record<string, unknown>;
const parse = (xml: string): Node =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    // Every element as an array, attributes as plain strings.
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  }).parse(xml) as Node;
/** The first element at a path of names (every element is read as an array). */
function at(node: Node, ...path: string[]): Node {
  let here: unknown = node;
  for (const name of path) here = ((here as Node)[name] as Node[] | undefined)?.[0];
  if (here === undefined) throw new Error(`no ${path.join('/')} in the XML`);
  return here as Node;
}
/** The text of a child element (a text-only element parses as a plain string). */
function textAt(node: Node, name: string): string {
  const value = (node[name] as unknown[] | undefined)?.[0];
  return typeof value === 'string' ? value : String((value as Node | undefined)?.['#text'] ?? '');
}
const all = (node: Node, name: string): Node[] => (node[name] as Node[] | undefined) ?? [];

describe('REFI-QDA project export (.qdpx)', () => {
  it('writes project.qde and one lowercase sources/<guid>.txt holding the canonical text', async () => {
    const session = await seededProject();
    const file = await call(session, 'exchange/exportProject', {});
    expect(file).toMatchObject({ fileName: 'source.qdpx', mimeType: 'application/zip', encoding: 'base64' });
    const files = unzipText(file.content);
    const [document] = await call(session, 'documents/list', {});
    const text = (await call(session, 'documents/get', { id: document?.id ?? 0 })).text;
    const names = Object.keys(files).sort();
    // Beside the standard's two parts, the speaker turns REFI has no place for.
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('project.qde');
    expect(names[1]).toMatch(/^sources\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.txt$/u);
    expect(names[2]).toBe('verbatim-turns.json');
    expect(files[names[1] ?? '']).toBe(text);
    expect(files['project.qde']).toContain('xmlns="urn:QDA-XML:project:1.0"');
  });

  it('counts positions in code points: one less than UTF-16 after an emoji', async () => {
    const session = await seededProject();
    const files = unzipText((await call(session, 'exchange/exportProject', {})).content);
    const project = at(parse(files['project.qde'] ?? ''), 'Project');
    const source = at(project, 'Sources', 'TextSource');
    const text = Object.entries(files).find(([name]) => name.startsWith('sources/'))?.[1] ?? '';
    const selections = all(source, 'PlainTextSelection');
    expect(selections).toHaveLength(2);
    const quotes = selections.map((selection) => {
      const start = Number(selection['@startPosition']);
      const end = Number(selection['@endPosition']);
      // Reading the written text by code points gives back the coded quote.
      return [...text].slice(start, end).join('');
    });
    expect(quotes.sort()).toEqual(['Opaque', 'seule devant mon écran']);
    const utf16Start = text.indexOf('seule devant');
    const isolated = selections.find((selection) => Number(selection['@startPosition']) < 100);
    expect(Number(isolated?.['@startPosition'])).toBe(utf16Start - 1);
  });

  it('writes users, nested codes, codings with creator and date, notes, cases, variables and sets', async () => {
    const session = await seededProject();
    const project = at(
      parse(unzipText((await call(session, 'exchange/exportProject', {})).content)['project.qde'] ?? ''),
      'Project',
    );
    const users = all(at(project, 'Users'), 'User').map((user) => user['@name']);
    expect(users).toEqual(expect.arrayContaining(['Léa', 'Hugo']));
    const userGuid = new Map(all(at(project, 'Users'), 'User').map((user) => [user['@name'], user['@guid']]));

    const top = all(at(project, 'CodeBook', 'Codes'), 'Code');
    const conditions = top.find((code) => code['@name'] === 'conditions');
    expect(conditions?.['@color']).toBe('#336699');
    const isolation = all(conditions ?? {}, 'Code')[0];
    expect(isolation).toMatchObject({ '@name': 'isolement', '@color': '#aa3377', '@isCodable': 'true' });
    expect(textAt(isolation ?? {}, 'Description')).toBe(
      'Être seul·e au travail.\n\nInclusion: Solitude dite.\n\nExclusion: Choix assumé.',
    );

    const selection = all(at(project, 'Sources', 'TextSource'), 'PlainTextSelection').find(
      (item) => at(item, 'Coding', 'CodeRef')['@targetGUID'] === isolation?.['@guid'],
    );
    const coding = at(selection ?? {}, 'Coding');
    expect(coding['@creatingUser']).toBe(userGuid.get('Léa'));
    expect(String(coding['@creationDateTime'])).toMatch(/^\d{4}-\d\d-\d\dT/u);
    // The coding's memo hangs on the coding, the code's memo on the code.
    const notes = all(at(project, 'Notes'), 'Note');
    const noteGuid = (body: string) =>
      notes.find((note) => textAt(note, 'PlainTextContent') === body)?.['@guid'];
    expect(all(coding, 'NoteRef').map((ref) => ref['@targetGUID'])).toEqual([noteGuid('Passage clé.')]);
    expect(all(isolation ?? {}, 'NoteRef').map((ref) => ref['@targetGUID'])).toEqual([
      noteGuid('À discuter en équipe.'),
    ]);
    expect(all(project, 'NoteRef').map((ref) => ref['@targetGUID'])).toEqual([noteGuid('Terrain de mars.')]);

    const variables = all(at(project, 'Variables'), 'Variable');
    expect(variables.map((variable) => [variable['@name'], variable['@typeOfVariable']]).sort()).toEqual([
      ['Genre', 'Text'],
      ['Âge', 'Float'],
    ]);
    const marie = at(project, 'Cases', 'Case');
    expect(marie['@name']).toBe('Marie');
    expect(all(marie, 'VariableValue')).toHaveLength(2);
    expect(at(marie, 'SourceRef')['@targetGUID']).toBe(at(project, 'Sources', 'TextSource')['@guid']);

    const sets = all(at(project, 'Sets'), 'Set');
    expect(
      sets.map((set) => [set['@name'], all(set, 'MemberSource').length, all(set, 'MemberCode').length]),
    ).toEqual([
      ['Vague 1', 1, 0],
      ['Travail', 0, 2],
    ]);
  });

  it('writes an archived code as not codable, the others as codable', async () => {
    const session = await seededProject();
    const opacity = (await call(session, 'codes/list', {})).find((code) => code.name === 'opacité');
    await call(session, 'codes/update', { id: opacity?.id ?? 0, archived: true });
    const project = at(
      parse(unzipText((await call(session, 'exchange/exportProject', {})).content)['project.qde'] ?? ''),
      'Project',
    );
    const codable = (codes: Node[]): string[][] =>
      codes.flatMap((code) => [
        [String(code['@name']), String(code['@isCodable'])],
        ...codable(all(code, 'Code')),
      ]);
    expect(codable(all(at(project, 'CodeBook', 'Codes'), 'Code')).sort()).toEqual([
      ['conditions', 'true'],
      ['isolement', 'true'],
      ['opacité', 'false'],
    ]);
    const book = at(parse((await call(session, 'exchange/exportCodebook', {})).content), 'CodeBook');
    expect(codable(all(at(book, 'Codes'), 'Code')).sort()).toEqual([
      ['conditions', 'true'],
      ['isolement', 'true'],
      ['opacité', 'false'],
    ]);
  });

  it('is valid against Project-mrt2019.xsd', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const session = await seededProject();
    const qde = unzipText((await call(session, 'exchange/exportProject', {})).content)['project.qde'] ?? '';
    requireTool(context, XMLLINT);
    expect(validate('Project-mrt2019.xsd', qde, 'project.qde')).toBe('valid');
    // The validator does reject: an empty wrapper is invalid.
    expect(validate('Project-mrt2019.xsd', qde.replace(/<Sets>.*<\/Sets>/su, '<Sets/>'), 'bad.qde')).not.toBe(
      'valid',
    );
  });
});

describe('REFI-QDA codebook export (.qdc)', () => {
  it('writes the code tree with colours, descriptions and code groups as sets, valid against the XSD', async (context) => {
    const session = await seededProject();
    const file = await call(session, 'exchange/exportCodebook', {});
    expect(file.fileName).toBe('source-codebook.qdc');
    const book = at(parse(file.content), 'CodeBook');
    expect(file.content).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
    const names = all(at(book, 'Codes'), 'Code').map((code) => code['@name']);
    expect(names.sort()).toEqual(['conditions', 'opacité']);
    const group = at(book, 'Sets', 'Set');
    expect(group['@name']).toBe('Travail');
    // In a codebook, members are written with guid, not targetGUID (FORMAT.md).
    expect(all(group, 'MemberCode').every((member) => typeof member['@guid'] === 'string')).toBe(true);
    requireTool(context, REFI_SAMPLES);
    requireTool(context, XMLLINT);
    expect(validate('Codebook-mrt2019.xsd', file.content, 'codebook.qdc')).toBe('valid');
  });

  it('refuses to export an empty codebook', async () => {
    const session = await newProject('empty');
    expect((await callError(session, 'exchange/exportCodebook', {})).message).toMatch(/codebook is empty/u);
  });
});
