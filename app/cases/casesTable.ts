import {
  caseDocumentLinks,
  listAttributes,
  listAttributeValues,
  listCases,
  type AttributeRow,
  type Db,
} from '../../db/index.ts';
import type { Attribute, CasesTable } from '../contract/types.ts';
import { groupBy } from '../util/groupBy.ts';

export function toAttribute(row: AttributeRow): Attribute {
  return { id: row.id, name: row.name, type: row.type, choices: JSON.parse(row.choices) as string[] };
}

/** Every case with its documents and attribute values, and the attributes (links and values grouped once). */
export function casesTable(db: Db): CasesTable {
  const links = groupBy(caseDocumentLinks(db), (link) => link.caseId);
  const values = groupBy(listAttributeValues(db), (value) => value.caseId);
  return {
    attributes: listAttributes(db).map(toAttribute),
    cases: listCases(db).map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      documentIds: (links.get(row.id) ?? []).map((link) => link.documentId),
      values: Object.fromEntries((values.get(row.id) ?? []).map((v) => [v.attributeId, v.value])),
    })),
  };
}
