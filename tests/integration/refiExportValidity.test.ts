import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/requiredTool.ts';
import { call } from '../support/session.ts';
import { REFI_SAMPLES, newProject, unzipText, validate, XMLLINT, zipBase64 } from './refiFixture.ts';

/**
 * An imported project stores what the other tool wrote; its export must still be valid
 * against the schema (docs/REFI-QDA.md, "What we write").
 */

const guid = (n: number): string => `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const LONG_NOTE = `${'a'.repeat(59)}😅 la suite de la note`;

/** A project.qde as a careless tool might write it: every value here fails the XSD. */
const CARELESS_QDE =
  '<?xml version="1.0" encoding="utf-8"?>' +
  '<Project xmlns="urn:QDA-XML:project:1.0" name="careless" origin="Some tool">' +
  `<Users><User guid="${guid(1)}" name="Ana"/></Users>` +
  `<CodeBook><Codes><Code guid="${guid(2)}" name="thème" isCodable="true"/></Codes></CodeBook>` +
  '<Variables>' +
  `<Variable guid="${guid(10)}" name="Âge" typeOfVariable="Integer"/>` +
  `<Variable guid="${guid(11)}" name="Entretien" typeOfVariable="Date"/>` +
  `<Variable guid="${guid(12)}" name="Enfants" typeOfVariable="Integer"/>` +
  `<Variable guid="${guid(13)}" name="Rappel" typeOfVariable="Date"/>` +
  '</Variables>' +
  '<Cases>' +
  `<Case guid="${guid(20)}" name="Marie">` +
  `<VariableValue><VariableRef targetGUID="${guid(10)}"/><IntegerValue>34</IntegerValue></VariableValue>` +
  `<VariableValue><VariableRef targetGUID="${guid(11)}"/><DateValue>12/03/2020</DateValue></VariableValue>` +
  `<VariableValue><VariableRef targetGUID="${guid(12)}"/><IntegerValue>2</IntegerValue></VariableValue>` +
  `<VariableValue><VariableRef targetGUID="${guid(13)}"/><DateValue>2020-03-12</DateValue></VariableValue>` +
  '</Case>' +
  `<Case guid="${guid(21)}" name="Paul">` +
  `<VariableValue><VariableRef targetGUID="${guid(10)}"/><TextValue>n/a</TextValue></VariableValue>` +
  '</Case>' +
  '</Cases>' +
  '<Sources>' +
  `<TextSource guid="${guid(30)}" name="entretien" plainTextPath="internal://${guid(30)}.txt" creationDateTime="2020-01-01 10:00">` +
  `<PlainTextSelection guid="${guid(31)}" startPosition="0" endPosition="7" creationDateTime="hier">` +
  `<Coding guid="${guid(32)}" creatingUser="${guid(1)}" creationDateTime="12/03/2020"><CodeRef targetGUID="${guid(2)}"/></Coding>` +
  '</PlainTextSelection>' +
  '</TextSource>' +
  '</Sources>' +
  `<Notes><Note guid="${guid(40)}" creationDateTime="2020-02-30T10:00:00Z"><PlainTextContent>${LONG_NOTE}</PlainTextContent></Note></Notes>` +
  `<NoteRef targetGUID="${guid(40)}"/>` +
  '</Project>';

type Node = Record<string, unknown>;
const parse = (xml: string): Node =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(
    xml,
  ) as Node;
const list = (value: unknown): Node[] =>
  Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : [];

async function exportedCareless(): Promise<{ qde: string; project: Node }> {
  const session = await newProject('careless');
  await call(session, 'exchange/importProject', {
    name: 'careless.qdpx',
    base64: zipBase64({
      'project.qde': CARELESS_QDE,
      [`sources/${guid(30)}.txt`]: 'Bonjour, je suis Marie.',
    }),
  });
  const qde = unzipText((await call(session, 'exchange/exportProject', {})).content)['project.qde'] ?? '';
  return { qde, project: parse(qde)['Project'] as Node };
}

describe('REFI-QDA export of an imported project', () => {
  it('is valid against the XSD although the imported file was not', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const { qde } = await exportedCareless();
    requireTool(context, XMLLINT);
    // The validator does reject what the careless tool wrote (so this test can fail)…
    const original = validate('Project-mrt2019.xsd', CARELESS_QDE, 'careless.qde');
    expect(original).toMatch(/IntegerValue|DateValue|creationDateTime/u);
    // …and our export of the same project is valid.
    expect(validate('Project-mrt2019.xsd', qde, 'project.qde')).toBe('valid');
  });

  it('writes a variable whose values do not all fit its type as Text, keeping every value', async () => {
    const { project } = await exportedCareless();
    const variables = list((project['Variables'] as Node)['Variable']);
    const typeOf = Object.fromEntries(
      variables.map((variable) => [variable['@name'], variable['@typeOfVariable']]),
    );
    expect(typeOf).toEqual({ Âge: 'Text', Entretien: 'Text', Enfants: 'Float', Rappel: 'Date' });
    const values = list((project['Cases'] as Node)['Case']).flatMap((row) =>
      list(row['VariableValue']).map((value) => {
        const [kind, written] = Object.entries(value).find(([key]) => key.endsWith('Value')) ?? [];
        return [row['@name'], kind, String(written)];
      }),
    );
    expect(values).toEqual([
      ['Marie', 'TextValue', '34'],
      ['Marie', 'TextValue', '12/03/2020'],
      ['Marie', 'FloatValue', '2'],
      ['Marie', 'DateValue', '2020-03-12'],
      ['Paul', 'TextValue', 'n/a'],
    ]);
  });

  it('normalises the dates it can read and leaves the others out', async () => {
    const { project } = await exportedCareless();
    const source = (project['Sources'] as Node)['TextSource'] as Node;
    expect(source['@creationDateTime']).toBe('2020-01-01T10:00:00');
    const selection = source['PlainTextSelection'] as Node;
    expect(selection).not.toHaveProperty('@creationDateTime');
    expect(selection['Coding']).not.toHaveProperty('@creationDateTime');
    const note = (project['Notes'] as Node)['Note'] as Node;
    expect(note).not.toHaveProperty('@creationDateTime');
    expect(String(project['@creationDateTime'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/u);
  });

  it('names an untitled memo by its first 60 characters without splitting an emoji', async () => {
    const { project } = await exportedCareless();
    const note = (project['Notes'] as Node)['Note'] as Node;
    // A cut at 60 UTF-16 units would leave half of the emoji.
    expect(LONG_NOTE.slice(0, 60)).not.toBe(`${'a'.repeat(59)}😅`);
    expect(note['@name']).toBe(`${'a'.repeat(59)}😅`);
  });
});
