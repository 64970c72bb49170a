import { randomUUID } from 'node:crypto';
import {
  decideProposal,
  eventsSince,
  getProposal,
  getVersion,
  insertProposal,
  insertVersion,
  listCodes,
  listProposals,
  listVersions,
  maxEventId,
  type Db,
  type ProposalRow,
  type VersionRow,
  writeTransaction,
} from '../../db/index.ts';
import type { CodebookVersion, Proposal, ProposalPayload } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { escapeMarkdown } from '../exports/markdown.ts';
import { diffCodebook, type CodebookChange, type FrozenCode } from '../review/codebookDiff.ts';
import type { ProjectSession } from '../session.ts';
import { codeOperations } from '../codes/operations.ts';
import { ownTransaction, read, unrecorded, type OperationGroup } from '../registration/registry.ts';

function frozenCodes(db: Db): FrozenCode[] {
  const codes = listCodes(db);
  const guidOf = new Map(codes.map((code) => [code.id, code.guid]));
  return codes.map((code) => ({
    guid: code.guid,
    name: code.name,
    parentGuid: code.parentId === null ? null : (guidOf.get(code.parentId) ?? null),
    color: code.color,
    description: code.description,
    inclusion: code.inclusion,
    exclusion: code.exclusion,
    archived: code.archived,
  }));
}

function toVersion(row: VersionRow): CodebookVersion {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    codeCount: (JSON.parse(row.codes) as unknown[]).length,
  };
}

function toProposal(row: ProposalRow): Proposal {
  const { id, comment, author, createdAt, status, decidedBy, decidedAt, decisionComment } = row;
  return {
    id,
    payload: JSON.parse(row.payload) as ProposalPayload,
    comment,
    author,
    createdAt,
    status,
    decidedBy,
    decidedAt,
    decisionComment,
  };
}

function changesSince(db: Db, versionId: number): CodebookChange[] {
  const version = getVersion(db, versionId);
  if (!version) throw new AppError('NOT_FOUND', `There is no codebook version with id ${versionId}.`);
  const events = eventsSince(db, version.lastEventId).map((event) => ({
    kind: event.kind,
    meta: JSON.parse(event.meta) as Record<string, string>,
  }));
  return diffCodebook(JSON.parse(version.codes) as FrozenCode[], frozenCodes(db), events);
}

const CHANGE_LABELS: Record<'en' | 'fr', Record<CodebookChange['kind'], (detail: string) => string>> = {
  en: {
    added: () => 'added',
    removed: () => 'removed',
    merged: (d) => `merged into «${d}»`,
    split: (d) => `split from «${d}»`,
    renamed: (d) => `renamed (was «${d}»)`,
    definition: () => 'definition or criteria changed',
    moved: (d) => `moved under «${d}»`,
    archived: () => 'archived',
    restored: () => 'restored from the archive',
    recoloured: () => 'colour changed',
  },
  fr: {
    added: () => 'ajouté',
    removed: () => 'supprimé',
    merged: (d) => `fusionné dans « ${d} »`,
    split: (d) => `scindé de « ${d} »`,
    renamed: (d) => `renommé (anciennement « ${d} »)`,
    definition: () => 'définition ou critères modifiés',
    moved: (d) => `déplacé sous « ${d} »`,
    archived: () => 'archivé',
    restored: () => 'sorti des archives',
    recoloured: () => 'couleur modifiée',
  },
};

/**
 * Applies an accepted proposal through the same mutations as a direct edit (undoable). They
 * run synchronously, as savepoints of the caller's transaction, so the change, its history
 * events and the decision commit together.
 */
function applyProposal(payload: ProposalPayload, session: ProjectSession): void {
  switch (payload.kind) {
    case 'new-code': {
      const created = codeOperations['codes/create'].run(
        { name: payload.name, parentId: payload.parentId ?? null },
        session,
      );
      if (payload.description)
        codeOperations['codes/update'].run({ id: created.id, description: payload.description }, session);
      return;
    }
    case 'definition': {
      const { codeId, description, inclusion, exclusion } = payload;
      codeOperations['codes/update'].run({ id: codeId, description, inclusion, exclusion }, session);
      return;
    }
    case 'rename':
      codeOperations['codes/update'].run({ id: payload.codeId, name: payload.name }, session);
      return;
    case 'merge':
      codeOperations['codes/merge'].run({ sourceId: payload.sourceId, targetId: payload.targetId }, session);
      return;
  }
}

/** Versions and proposals are the review's own records, kept apart from the undo history. */
const REVIEW_RECORD = 'Versions and proposals are review records, kept apart from the undo history.';

export const reviewOperations = {
  'review/freeze': unrecorded(REVIEW_RECORD, ({ name }, session) => {
    const db = session.db();
    const id = insertVersion(db, {
      guid: randomUUID(),
      name,
      createdAt: new Date().toISOString(),
      createdBy: session.coder.name,
      lastEventId: maxEventId(db),
      codes: JSON.stringify(frozenCodes(db)),
    });
    const row = getVersion(db, id);
    if (!row) throw new AppError('INTERNAL', 'The version was not saved.');
    return toVersion(row);
  }),
  'review/versions': read((_input, session) => listVersions(session.db()).map(toVersion)),
  'review/changes': read(({ versionId }, session) => changesSince(session.db(), versionId)),
  'review/changelog': read(({ versionId, language }, session) => {
    const db = session.db();
    const version = getVersion(db, versionId);
    const changes = changesSince(db, versionId);
    const lang = language ?? 'en';
    const title =
      lang === 'fr'
        ? `Modifications du livre de codes depuis « ${version?.name ?? ''} »`
        : `Codebook changes since «${version?.name ?? ''}»`;
    const lines = [`# ${escapeMarkdown(title)}`, ''];
    if (changes.length === 0) lines.push(lang === 'fr' ? 'Aucune modification.' : 'No changes.');
    for (const change of changes) {
      lines.push(
        `- **${escapeMarkdown(change.code)}**: ${escapeMarkdown(CHANGE_LABELS[lang][change.kind](change.detail))}`,
      );
    }
    return { fileName: 'codebook-changelog.md', mimeType: 'text/markdown', content: `${lines.join('\n')}\n` };
  }),
  'review/propose': unrecorded(REVIEW_RECORD, ({ payload, comment, author }, session) => {
    const db = session.db();
    const id = insertProposal(db, {
      guid: randomUUID(),
      kind: payload.kind,
      payload: JSON.stringify(payload),
      comment: comment ?? '',
      author: author ?? session.coder.name,
      createdAt: new Date().toISOString(),
    });
    const row = getProposal(db, id);
    if (!row) throw new AppError('INTERNAL', 'The proposal was not saved.');
    return toProposal(row);
  }),
  'review/proposals': read((_input, session) => listProposals(session.db()).map(toProposal)),
  'review/decide': ownTransaction(
    'Accepting applies the proposal through the codebook mutations (each one undoable event, nested in the decision’s transaction), and records the decision apart from the history.',
    ({ id, accept, comment }, session) => {
      const db = session.db();
      // One transaction: the status is read again under the write lock, and if the change
      // cannot be made (e.g. the name is taken) or the decision not saved, nothing is kept.
      writeTransaction(db, () => {
        const row = getProposal(db, id);
        if (!row) throw new AppError('NOT_FOUND', `There is no proposal with id ${id}.`);
        if (row.status !== 'open')
          throw new AppError('CONFLICT', `This proposal was already ${row.status}.`, {
            key: row.status === 'accepted' ? 'proposalAccepted' : 'proposalRejected',
          });
        if (accept) applyProposal(JSON.parse(row.payload) as ProposalPayload, session);
        decideProposal(db, id, accept ? 'accepted' : 'rejected', session.coder.name, comment ?? '');
      });
      const decided = getProposal(db, id);
      if (!decided) throw new AppError('INTERNAL', 'The decision was not saved.');
      return toProposal(decided);
    },
  ),
} satisfies OperationGroup;
