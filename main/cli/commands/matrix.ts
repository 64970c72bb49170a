import { csvCell } from '../../../app/exports/csv.ts';
import { MATRIX_MEASURES, type MatrixMeasure } from '../../../app/contract/enums.ts';
import type { InputOf } from '../../../app/contract/api.ts';
import type { Matrix } from '../../../app/contract/types.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject, type Call } from '../backend.ts';
import { printCommandJson, type CliJson } from '../json/schemas.ts';
import { CliError, type CliIo } from '../output.ts';
import { resolveFilters } from './analysis.ts';

const USAGE =
  'verbatim matrix FILE --rows document|case|attr:NAME [--measure count|presence|share|cases|codings] [--set NAME] [--where attr=value] [--speaker NAME] [--coder NAME] [--json|--csv]';

type RowsBy = CliJson<'matrix'>['rowsBy'];

/** --rows as the interface's matrix columns (analysis/matrix): the CLI lays the matrix out one row per document, case or value. */
function rowsOption(value: string | undefined): { rowsBy: RowsBy; attribute: string | null } {
  if (value === 'document' || value === 'case') return { rowsBy: value, attribute: null };
  if (value?.startsWith('attr:') && value.length > 'attr:'.length)
    return { rowsBy: 'attribute', attribute: value.slice('attr:'.length) };
  throw new CliError(`--rows is document, case or attr:NAME.\nUsage: ${USAGE}`, 2);
}

/** The interface's default measure: counts, or cases for attribute values. */
function measureOption(value: string | undefined, rowsBy: RowsBy): MatrixMeasure {
  if (value === undefined) return rowsBy === 'attribute' ? 'cases' : 'count';
  const measure = MATRIX_MEASURES.find((candidate) => candidate === value);
  if (!measure) throw new CliError(`--measure is one of ${MATRIX_MEASURES.join(', ')}.\nUsage: ${USAGE}`, 2);
  return measure;
}

async function attributeId(call: Call, name: string): Promise<number> {
  const { attributes } = await call('cases/list', {});
  const attribute =
    attributes.find((candidate) => candidate.name === name) ??
    attributes.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (!attribute) {
    const known = attributes.map((candidate) => candidate.name).join(', ');
    throw new CliError(
      `There is no attribute "${name}" in this project.${known ? ` The attributes are: ${known}.` : ''}`,
    );
  }
  return attribute.id;
}

/** The request the interface's matrix view sends for the same choices. */
export async function matrixRequest(
  call: Call,
  rows: { rowsBy: RowsBy; attribute: string | null },
  measure: MatrixMeasure,
  filters: InputOf<'analysis/matrix'>['filters'],
): Promise<InputOf<'analysis/matrix'>> {
  const columns = rows.rowsBy === 'document' ? 'documents' : rows.rowsBy === 'case' ? 'cases' : 'attribute';
  return {
    columns,
    measure,
    ...(rows.attribute !== null ? { attributeId: await attributeId(call, rows.attribute) } : {}),
    filters,
  };
}

/** The backend's matrix (codes × columns) turned a row per document, case or value. */
function transposed(matrix: Matrix, rows: { rowsBy: RowsBy; attribute: string | null }): CliJson<'matrix'> {
  // An attribute column is labelled "NAME = value" and identified "value:<value>": the row is the value.
  const label = (column: Matrix['columns'][number]) =>
    rows.rowsBy === 'attribute' ? column.id.slice('value:'.length) : column.label;
  return {
    rowsBy: rows.rowsBy,
    attribute: rows.attribute,
    measure: matrix.measure,
    codes: matrix.rows.map(({ id, name }) => ({ id, name })),
    rows: matrix.columns.map((column) => ({ id: column.id, label: label(column) })),
    cells: matrix.columns.flatMap((column, j) =>
      matrix.rows.map((code, i) => ({
        rowId: column.id,
        row: label(column),
        code: code.name,
        value: matrix.cells[i]?.[j] ?? 0,
      })),
    ),
  };
}

/** A row per document, case or value, a column per code (a header line first). */
function wideTable(json: CliJson<'matrix'>): (string | number)[][] {
  const value = new Map(json.cells.map((cell) => [`${cell.rowId}\u0000${cell.code}`, cell.value]));
  return [
    [
      json.rowsBy === 'attribute' ? (json.attribute ?? '') : json.rowsBy,
      ...json.codes.map((code) => code.name),
    ],
    ...json.rows.map((row) => [
      row.label,
      ...json.codes.map((code) => value.get(`${row.id}\u0000${code.name}`) ?? 0),
    ]),
  ];
}

export async function matrixCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      rows: { type: 'string' },
      measure: { type: 'string' },
      set: { type: 'string', multiple: true },
      where: { type: 'string', multiple: true },
      speaker: { type: 'string', multiple: true },
      coder: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
    },
    USAGE,
  );
  const [file = ''] = requirePositionals(positionals, 1, USAGE);
  if (values.json && values.csv) throw new CliError(`Choose --json or --csv.\nUsage: ${USAGE}`, 2);
  const rows = rowsOption(values.rows);
  const measure = measureOption(values.measure, rows.rowsBy);
  const matrix = await withProject(file, async (call) =>
    call('analysis/matrix', await matrixRequest(call, rows, measure, await resolveFilters(call, values))),
  );
  const json = transposed(matrix, rows);
  if (values.json) printCommandJson(io, 'matrix', json);
  // CSV for read.csv and pandas.read_csv (exact cells, no byte-order mark on stdout).
  else if (values.csv)
    io.out(
      wideTable(json)
        .map((line) => line.map((cell) => csvCell(cell, 'exact')).join(','))
        .join('\n'),
    );
  else
    io.out(
      wideTable(json)
        .map((line) => line.join('\t'))
        .join('\n'),
    );
}
