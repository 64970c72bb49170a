import { z } from 'zod';
import type {
  Attribute,
  BackupInfo,
  ChangedCoding,
  DocumentSummary,
  ExchangeImportReport,
  FindingGroup,
  HistoryEntry,
  ImportFailure,
  ImportNote,
  MemoSummary,
  MergeConflict,
  MergeCounts,
  ProjectInfo,
  PseudonymiseReport,
  SavedCopy,
  SearchResult,
  TableColumn,
  TableImportReport,
  TeamMember,
  TeamStatus,
  TeamSyncReport,
  UnplacedCoding,
} from '../../../app/contract/types.ts';
import {
  ATTRIBUTE_TYPES,
  EVENT_STATES,
  MATRIX_MEASURES,
  MEMO_TARGET_KINDS,
  SURVEY_ANSWER_UNITS,
  COLUMN_ROLES,
  AGREEMENT_UNITS,
  BACKUP_REASONS,
  TEAM_MEMBER_ROLES,
} from '../../../app/contract/enums.ts';
import { mirroring, type DeepReadonly } from './mirrors.ts';
import { printJson, type CliIo } from '../output.ts';

/**
 * The JSON each command prints with --json, as zod schemas: docs/cli/*.schema.json are
 * generated from them (scripts/cli-schemas.mjs), and the tests check every command's output
 * against them. Where the output is a contract shape (app/contract), `mirroring` makes the
 * type check fail when the contract changes and the schema does not follow.
 */

/** Every object is strict: a field the schema does not name is an error, so the docs stay complete. */
const object = z.strictObject;
const count = z.number().int().nonnegative();
const id = z.number().int().positive();

const ProjectInfoJson = mirroring<ProjectInfo>()(
  object({ path: z.string(), name: z.string(), documentCount: count, codeCount: count }),
);

const ImportNoteJson = mirroring<ImportNote>()(
  object({
    key: z.enum(['imagesLeftOut', 'nulBytesRemoved', 'invalidBytes', 'droppedCues']),
    count,
    where: z.string(),
    text: z.string(),
  }),
);

const ImportFailureJson = mirroring<ImportFailure>()(object({ file: z.string(), message: z.string() }));

const MergeCountsJson = mirroring<MergeCounts>()(
  object({ documents: count, codes: count, codings: count, memos: count, cases: count }),
);

const MergeConflictJson = mirroring<MergeConflict>()(
  object({
    key: z.string(),
    kind: z.enum(['code-name', 'document-text', 'attribute-value']),
    label: z.string(),
    ours: z.string(),
    theirs: z.string(),
    resolvable: z.boolean(),
  }),
);

const ExchangeReportJson = mirroring<ExchangeImportReport>()(
  object({
    kept: object({
      documents: count,
      codes: count,
      codings: count,
      memos: count,
      cases: count,
      users: count,
      sets: count,
    }),
    skipped: z.array(object({ what: z.string(), why: z.string() })),
    positions: z.enum(['code-points', 'utf-16', 'none']),
    positionsDecidedBy: z.enum(['same', 'boundaries', 'origin', 'none']),
    lineBreaks: z.enum(['as-in-file', 'crlf-as-one']).optional(),
    warnings: z.array(z.string()),
    coders: z.array(object({ name: z.string(), codings: count })),
    added: MergeCountsJson,
    matched: MergeCountsJson,
    conflicts: z.array(MergeConflictJson),
  }),
);

const ImportedDocumentJson = mirroring<Pick<DocumentSummary, 'id' | 'name' | 'length' | 'segmentCount'>>()(
  object({ id, name: z.string(), length: count, segmentCount: count }),
);

const TableImportReportJson = mirroring<TableImportReport>()(
  object({
    documents: z.array(ImportedDocumentJson),
    casesCreated: count,
    casesUpdated: count,
    attributesCreated: count,
    skippedRows: count,
  }),
);

const TableColumnJson = mirroring<TableColumn>()(
  object({
    name: z.string(),
    suggestedRole: z.enum(COLUMN_ROLES),
    distinct: count,
    samples: z.array(z.string()),
  }),
);

/** The roles a survey import uses: given on the command line, or suggested as in the interface. */
const SurveyMappingJson = object({
  id: z.string(),
  text: z.array(z.string()),
  attributes: z.array(z.string()),
  answerAs: z.enum(SURVEY_ANSWER_UNITS),
});

const SurveyImportJson = object({
  table: z.string(),
  dryRun: z.boolean(),
  mapping: SurveyMappingJson,
  columns: z.array(TableColumnJson),
  rowCount: count,
  encoding: z.string(),
  notes: z.array(ImportNoteJson),
  imported: TableImportReportJson.nullable().describe('Null for a dry run: nothing was stored.'),
});

const TranscriptImportJson = object({
  documents: z.array(
    object({
      id,
      name: z.string(),
      length: count,
      notes: z.array(ImportNoteJson),
      duplicateOf: z.string().nullable(),
    }),
  ),
  refi: z.array(ExchangeReportJson.extend({ file: z.string() })),
  failed: z.array(ImportFailureJson),
  skipped: z.array(ImportFailureJson),
});

const TextJson = object({
  id,
  name: z.string(),
  text: z.string(),
  segments: z.array(
    object({ start: count, end: count, speaker: z.string().nullable(), timestamp: z.string().nullable() }),
  ),
});

const CodesJson = z.array(
  object({
    id,
    name: z.string(),
    parent: id.nullable().describe("The parent code's id, or null."),
    color: z.string(),
    codings: count,
  }),
);

const QueryJson = object({
  count: count.describe('Number of excerpts: each range once (docs/ANALYSIS.md, "Coding queries").'),
  excerpts: z.array(
    object({
      doc: z.string().describe('Document name.'),
      start: count.describe('UTF-16 offset of the first character.'),
      end: count.describe('UTF-16 offset after the last character.'),
      code: z.string().describe('Code of the coding that gave the range (the left one for AND).'),
      coder: z.string(),
      text: z.string(),
    }),
  ),
});

const CooccurJson = object({
  scope: z.string(),
  codes: z.array(object({ name: z.string(), n: count })),
  pairs: z.array(
    object({
      a: z.string(),
      b: z.string(),
      count,
      c: z
        .number()
        .nullable()
        .describe('count / (n_a + n_b − count), docs/ANALYSIS.md; null where undefined.'),
    }),
  ),
});

const SearchJson = mirroring<SearchResult>()(
  object({
    query: z.string(),
    total: count,
    truncated: z.boolean(),
    documents: z.array(
      object({
        documentId: id,
        documentName: z.string(),
        hits: z.array(
          object({
            documentId: id,
            segmentOrdinal: count,
            speaker: z.string().nullable(),
            timestamp: z.string().nullable(),
            start: count,
            end: count,
            segmentStart: count,
            segmentEnd: count,
            before: z.string(),
            match: z.string(),
            after: z.string(),
          }),
        ),
      }),
    ),
  }),
);

const FindingsJson = z.array(
  mirroring<FindingGroup>()(
    object({
      kind: z.enum(['email', 'phone', 'url', 'iban', 'nir', 'postcode', 'name']),
      text: z.string(),
      count,
      contexts: z.array(z.string()),
      sources: z.array(z.string()),
      suggestion: z.string(),
    }),
  ),
);

const PseudonymiseApplyJson = mirroring<PseudonymiseReport>()(
  object({ documents: count, replaced: count, elsewhere: count }),
);

const FiguresJson = {
  percent: z.number().nullable(),
  kappa: z.number().nullable(),
  alpha: z.number().nullable(),
  units: count,
  disagreements: count,
};

const AgreeJson = object({
  unit: z.enum(AGREEMENT_UNITS),
  coders: z.array(z.string()),
  documents: z.array(z.string()),
  codes: z.array(object({ name: z.string(), ...FiguresJson })),
  pooled: object(FiguresJson),
});

const SavedCopyJson = mirroring<SavedCopy>()(
  object({ path: z.string(), bytes: count, documentCount: count, codingCount: count }),
);

/** A backup in the backups folder (BackupInfo with its path). */
const BackupFileJson = mirroring<BackupInfo & { readonly path: string }>()(
  SavedCopyJson.extend({
    id: z.string(),
    createdAt: z.string(),
    reason: z.enum(BACKUP_REASONS),
  }),
);

const RestoreJson = object({ restored: z.string(), from: z.string(), previous: BackupFileJson });

const MergeJson = object({
  other: z.string(),
  merged: z.boolean().describe('False for --dry-run, and when a conflict needs --prefer (exit code 3).'),
  prefer: z.enum(['mine', 'theirs']).nullable(),
  choiceNeeded: z
    .boolean()
    .describe('True when a conflict needs a choice that no option gave: nothing was merged.'),
  added: MergeCountsJson,
  matched: MergeCountsJson,
  conflicts: z.array(MergeConflictJson),
});

const AttributeJson = mirroring<Attribute>()(
  object({
    id,
    name: z.string(),
    type: z.enum(ATTRIBUTE_TYPES),
    choices: z.array(z.string()),
  }),
);

const CasesJson = object({
  attributes: z.array(AttributeJson),
  cases: z.array(
    object({
      id,
      name: z.string(),
      description: z.string(),
      documents: z.array(z.string()),
      values: z
        .record(z.string(), z.string())
        .describe('Attribute name → value; an attribute without a value for the case is absent.'),
    }),
  ),
});

const CasesImportJson = object({
  table: z.string(),
  mapping: object({ id: z.string(), attributes: z.array(z.string()) }),
  imported: TableImportReportJson,
});

const MatrixJson = object({
  rowsBy: z.enum(['document', 'case', 'attribute']),
  attribute: z
    .string()
    .nullable()
    .describe('The attribute whose values are the rows (attr:NAME), else null.'),
  measure: z.enum(MATRIX_MEASURES),
  codes: z.array(object({ id, name: z.string() })),
  rows: z.array(object({ id: z.string(), label: z.string() })),
  cells: z
    .array(object({ rowId: z.string(), row: z.string(), code: z.string(), value: z.number() }))
    .describe('One value per row and code (long format: one line of a data frame each).'),
});

const MemosJson = z.array(
  mirroring<Omit<MemoSummary, 'excerpt'> & { readonly text: string }>()(
    object({
      id,
      targetKind: z.enum(MEMO_TARGET_KINDS),
      targetId: id.nullable(),
      targetLabel: z.string(),
      title: z.string(),
      author: z.string().nullable(),
      updatedAt: z.string(),
      text: z.string().describe("The memo's text, without its formatting."),
    }),
  ),
);

const HistoryEntryJson = mirroring<Omit<HistoryEntry, 'phrase'>>()(
  object({
    id,
    kind: z.string(),
    summary: z.string(),
    coder: z.string().nullable(),
    createdAt: z.string(),
    state: z.enum(EVENT_STATES),
  }),
);

const HistoryJson = z.array(HistoryEntryJson);

const UndoJson = object({
  undone: HistoryEntryJson,
  nextUndo: z.string().nullable().describe('What the next undo would undo, or null.'),
  nextRedo: z.string().nullable().describe('What a redo would redo, or null.'),
});

const ChangedCodingJson = mirroring<ChangedCoding>()(
  object({
    codingId: id,
    code: z.string(),
    coder: z.string(),
    start: count.describe('UTF-16 offset in the new text.'),
    end: count,
    before: z.string().describe('The quote before the change.'),
    after: z.string().describe('The quote now: the text at [start, end).'),
  }),
);

const UnplacedCodingJson = mirroring<UnplacedCoding>()(
  object({
    id,
    documentId: id,
    code: z.string(),
    codeId: id,
    coder: z.string(),
    start: count.describe('Where it was, in the text before the change.'),
    end: count,
    quote: z.string(),
    unplacedAt: z.string(),
  }),
);

/** How the codings of a document followed an edit or an update. */
const ReanchorFields = {
  document: z.string(),
  kept: count.describe('Codings at the same offsets with the same quote.'),
  moved: count.describe('Codings with the same quote at other offsets.'),
  changed: z.array(ChangedCodingJson).describe('Codings whose quote changed with the text.'),
  unplaced: z
    .array(UnplacedCodingJson)
    .describe('Codings whose whole text was removed: kept apart, listed, to place again.'),
  removedChars: count,
  insertedChars: count,
};

const EditJson = object(ReanchorFields);

const UpdateJson = object({
  ...ReanchorFields,
  saved: z.boolean().describe('False with --dry-run: nothing was saved.'),
});
const WordsJson = z
  .array(
    object({
      word: z.string().describe('The most frequent form of the word (or of its stem with --stem).'),
      count: z.number().int(),
      documents: z.number().int().describe('Documents in which the word occurs.'),
      forms: z
        .array(object({ form: z.string(), count: z.number().int() }))
        .describe('The forms counted, most frequent first (several with --stem).'),
      by: z
        .array(object({ id: z.string(), label: z.string(), count: z.number().int() }))
        .optional()
        .describe('With --by: the count in each document, case or code where the word occurs.'),
    }),
  )
  .describe('Words most frequent first, ties in alphabetical order (docs/ANALYSIS.md "Word frequencies").');

const TeamStatusJson = mirroring<TeamStatus>()(
  object({
    linked: z.boolean(),
    url: z.string().nullable().describe('The server address, without its password.'),
    member: z.string().nullable(),
    role: z.enum(TEAM_MEMBER_ROLES).nullable(),
    lastSyncAt: z.string().nullable(),
    pendingChanges: count.describe('Local changes not yet on the server.'),
    lastError: z.string().nullable(),
    blind: z.boolean().describe('Blind mode as the server had it at the last sync.'),
    conflicts: count.describe('Conflicts the sync rules settled (docs/TEAM.md).'),
  }),
);

const TeamSyncJson = mirroring<TeamSyncReport>()(
  object({
    pushed: count.describe('Changes the server applied.'),
    pulled: count.describe('Rows and deletions applied from the server.'),
    conflicts: count,
    proposals: count.describe('Codebook edits filed as proposals for the lead.'),
    status: TeamStatusJson,
  }),
);

const TeamMembersJson = z.array(
  mirroring<TeamMember>()(
    object({
      name: z.string().describe('The PostgreSQL login of the member.'),
      role: z.enum(TEAM_MEMBER_ROLES),
      lastSyncAt: z.string().nullable(),
      codings: count.describe('Codings of the member the caller may see.'),
    }),
  ),
);

/** The --json output of each command (and of each mode of a command), by the name its schema file takes. */
export const CLI_JSON_OUTPUTS = {
  new: ProjectInfoJson,
  import: TranscriptImportJson,
  'import-table': SurveyImportJson,
  text: TextJson,
  codes: CodesJson,
  cooccur: CooccurJson,
  query: QueryJson,
  search: SearchJson,
  pseudonymise: FindingsJson,
  'pseudonymise-apply': PseudonymiseApplyJson,
  agree: AgreeJson,
  backup: z.union([BackupFileJson, SavedCopyJson]),
  restore: RestoreJson,
  merge: MergeJson,
  cases: CasesJson,
  'cases-import': CasesImportJson,
  matrix: MatrixJson,
  memos: MemosJson,
  history: HistoryJson,
  undo: UndoJson,
  update: UpdateJson,
  edit: EditJson,
  words: WordsJson,
  'team-sync': TeamSyncJson,
  'team-status': TeamStatusJson,
  'team-members': TeamMembersJson,
} as const;

export type CliJsonOutput = keyof typeof CLI_JSON_OUTPUTS;
export type CliJson<K extends CliJsonOutput> = z.input<(typeof CLI_JSON_OUTPUTS)[K]>;

/** Prints a command's --json output; the type check holds it to the command's schema. */
export function printCommandJson<K extends CliJsonOutput>(
  io: CliIo,
  _output: K,
  value: DeepReadonly<CliJson<K>>,
): void {
  printJson(io, value);
}
