import { attr, child, children, textOf, type XmlNode } from './parseXml.ts';
import { guidOf, type ReadContext } from './readContext.ts';
import { normaliseGuid } from './values.ts';

const VARIABLE_TYPES: Record<string, string> = { Integer: 'number', Float: 'number', Date: 'date' };
const VALUE_KINDS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];

export interface Variables {
  readonly byGuid: ReadonlyMap<string, { id: number; type: string }>;
  /** Names by GUID, for the report. */
  readonly names: ReadonlyMap<string, string>;
}

/** Variables → attributes. */
export function readVariables(context: ReadContext, root: XmlNode): Variables {
  const byGuid = new Map<string, { id: number; type: string }>();
  const names = new Map<string, string>();
  for (const variable of children(child(root, 'Variables'), 'Variable')) {
    const guid = guidOf(variable);
    const type = VARIABLE_TYPES[attr(variable, 'typeOfVariable') ?? ''] ?? 'text';
    const id = context.id();
    const name = attr(variable, 'name') ?? 'Variable';
    byGuid.set(guid, { id, type });
    names.set(guid, name);
    context.snapshot.attributes.push({ id, guid, name, type, choices: '[]' });
  }
  return { byGuid, names };
}

/** Cases with their variable values and documents; their codes and selections are reported. */
export function readCases(
  context: ReadContext,
  root: XmlNode,
  variables: Variables,
  documentByGuid: ReadonlyMap<string, number>,
): void {
  const { snapshot } = context;
  const caseNames = new Set<string>();
  for (const row of children(child(root, 'Cases'), 'Case')) {
    const guid = guidOf(row);
    let name = (attr(row, 'name') ?? '').trim() || `Case ${snapshot.cases.length + 1}`;
    for (let n = 2; caseNames.has(name.toLowerCase()); n++) name = `${attr(row, 'name') ?? 'Case'} ${n}`;
    caseNames.add(name.toLowerCase());
    const caseId = context.id();
    snapshot.cases.push({ id: caseId, guid, name, description: textOf(row, 'Description') });
    for (const value of children(row, 'VariableValue')) {
      const target = attr(child(value, 'VariableRef'), 'targetGUID');
      const attribute = target ? variables.byGuid.get(normaliseGuid(target)) : undefined;
      if (!attribute) continue;
      const found = VALUE_KINDS.map((kind) => textOf(value, kind)).find((item) => item !== '');
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
    const codes = children(row, 'CodeRef').length;
    const selections = children(row, 'SelectionRef').length;
    if (codes + selections > 0) {
      const parts = [
        codes > 0 ? `${codes} code${codes === 1 ? '' : 's'}` : '',
        selections > 0 ? `${selections} selection${selections === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      context.skipped.push({
        what: `case «${name}»: its ${parts.join(' and ')}`,
        why: 'a Verbatim case holds whole documents, not codes or passages; its documents and values were imported.',
      });
    }
  }
}
