import { AppError } from '../../errors.ts';
import type { SegmentDraft } from '../../text/canonical.ts';
import type { Table } from './readTable.ts';

import type { ColumnRole } from '../../contract/enums.ts';

export type { ColumnRole };

export interface ColumnSummary {
  readonly name: string;
  readonly suggestedRole: ColumnRole;
  /** Distinct non-empty values. */
  readonly distinct: number;
  readonly samples: readonly string[];
}

export interface SurveyMapping {
  readonly idColumn: string;
  readonly textColumns: readonly string[];
  readonly attributeColumns: readonly string[];
  /** 'document': each answer is a document; 'segment': one document per respondent, one segment per answer. */
  readonly answerAs: 'document' | 'segment';
}

export interface SurveyDocument {
  readonly name: string;
  readonly caseName: string;
  readonly drafts: readonly SegmentDraft[];
}

export interface SurveyPlan {
  readonly documents: readonly SurveyDocument[];
  readonly cases: readonly { readonly name: string; readonly values: ReadonlyMap<string, string> }[];
  /** Rows left out, with the reason (no id, no answer). */
  readonly skippedRows: number;
}

const ID_NAME = /^(id|identifiant|code|r[ée]pondant|respondent|participant|n°|num[ée]ro|no)\b/iu;

/**
 * Suggests a role per column from its content: a column of unique short values named like
 * an identifier is the id; long answers, or a column named as a question, are open text; few distinct short
 * values (gender, age group, platform) are attributes. The user confirms in the preview.
 */
export function summariseColumns(table: Table): ColumnSummary[] {
  let idTaken = false;
  return table.columns.map((name, index) => {
    const values = table.rows.map((row) => row[index] ?? '').filter((value) => value !== '');
    const distinct = new Set(values).size;
    const meanLength = values.reduce((sum, value) => sum + value.length, 0) / Math.max(values.length, 1);
    const unique = distinct === values.length;
    const full = values.length === table.rows.length;
    let suggestedRole: ColumnRole = 'ignore';
    if (!idTaken && unique && meanLength < 40 && (ID_NAME.test(name) || (index === 0 && full))) {
      suggestedRole = 'id';
      idTaken = true;
    } else if (meanLength >= 30 || /\?\s*$/u.test(name)) suggestedRole = 'text';
    else if (distinct > 0 && distinct <= Math.max(12, table.rows.length / 4)) suggestedRole = 'attribute';
    return { name, suggestedRole, distinct, samples: [...new Set(values)].slice(0, 3) };
  });
}

function columnIndex(table: Table, name: string): number {
  const index = table.columns.indexOf(name);
  if (index < 0)
    throw new AppError('INVALID_INPUT', `The table has no column «${name}».`, {
      key: 'tableNoColumn',
      params: { name },
    });
  return index;
}

/** Turns a table and the user's mapping into documents and cases (nothing is stored here). */
export function planSurvey(table: Table, mapping: SurveyMapping, tableName: string): SurveyPlan {
  // With no open-text column the table only describes cases (an attribute sheet).
  if (mapping.textColumns.length === 0 && mapping.attributeColumns.length === 0) {
    throw new AppError('INVALID_INPUT', 'Choose at least one open-text or attribute column to import.', {
      key: 'surveyNoColumn',
    });
  }
  const id = columnIndex(table, mapping.idColumn);
  const texts = mapping.textColumns.map((name) => ({ name, index: columnIndex(table, name) }));
  const attributes = mapping.attributeColumns.map((name) => ({ name, index: columnIndex(table, name) }));
  const seen = new Set<string>();
  const documents: SurveyDocument[] = [];
  const cases: SurveyPlan['cases'][number][] = [];
  let skippedRows = 0;
  for (const row of table.rows) {
    const caseName = row[id] ?? '';
    const answers = texts
      .map((column) => ({ question: column.name, text: row[column.index] ?? '' }))
      .filter((answer) => answer.text.trim() !== '');
    if (caseName === '' || (texts.length > 0 && answers.length === 0)) {
      skippedRows++;
      continue;
    }
    if (seen.has(caseName.toLowerCase())) {
      throw new AppError(
        'INVALID_INPUT',
        `The id «${caseName}» appears on several rows; choose a column with unique ids.`,
        { key: 'surveyDuplicateId', params: { id: caseName } },
      );
    }
    seen.add(caseName.toLowerCase());
    cases.push({
      name: caseName,
      values: new Map(
        attributes
          .map((column) => [column.name, row[column.index] ?? ''] as const)
          .filter(([, value]) => value !== ''),
      ),
    });
    if (mapping.answerAs === 'segment') {
      // The question is the segment's label, shown like a speaker and never part of the text.
      documents.push({
        name: `${tableName} – ${caseName}`,
        caseName,
        drafts: answers.map((answer) => ({ text: answer.text, speaker: answer.question, timestamp: null })),
      });
    } else {
      for (const answer of answers) {
        documents.push({
          name: `${tableName} – ${caseName} – ${answer.question}`,
          caseName,
          drafts: [{ text: answer.text, speaker: null, timestamp: null }],
        });
      }
    }
  }
  return { documents, cases, skippedRows };
}
