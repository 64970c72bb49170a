/**
 * The project's tables shared through a team server (docs/TEAM.md). Each is one table of the
 * server's `verbatim` schema keyed by the row's GUID, its other columns as one JSON object
 * (references as the GUIDs of the rows they name); `owner` names the coder whose work the
 * row is, for row-level security. Listed parents first: a pull applies them in this order.
 */
export const TEAM_ENTITIES = [
  'coders',
  'codes',
  'documents',
  'attributes',
  'cases',
  'document_sets',
  'code_groups',
  'codings',
  'unplaced_codings',
  'memos',
  'proposals',
] as const;
export type TeamEntity = (typeof TEAM_ENTITIES)[number];

/** The project roles of a team; each is a PostgreSQL group role per project. */
export const TEAM_ROLES = ['lead', 'coder', 'viewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Who may write an entity on the server. */
export type EntityKind =
  /** the lead only: codebook, documents, cases, sets */
  | 'lead'
  /** each coder their own rows (owner = their coder's GUID), the lead every row */
  | 'own'
  /** every coder may add (a proposal), the lead decides */
  | 'proposal';

export const ENTITY_KIND: Readonly<Record<TeamEntity, EntityKind>> = {
  coders: 'own',
  codes: 'lead',
  documents: 'lead',
  attributes: 'lead',
  cases: 'lead',
  document_sets: 'lead',
  code_groups: 'lead',
  codings: 'own',
  unplaced_codings: 'own',
  memos: 'own',
  proposals: 'proposal',
};

/** How the server finds a row's owner (a coder GUID) in its JSON, for the 'own' entities. */
export const OWNER_OF: Readonly<Partial<Record<TeamEntity, string>>> = {
  coders: 'guid',
  codings: "data->>'coder'",
  unplaced_codings: "data->>'coder'",
  memos: "data->>'author'",
};

/** The entities a coder's codebook edits belong to: pushed as proposals by a coder. */
export const CODEBOOK_ENTITIES: readonly TeamEntity[] = ['codes'];
