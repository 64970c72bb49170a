import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Proposal } from '../../app/contract/index.ts';
import { mutate, useQuery } from '../api/useQuery.ts';

const NO_PROPOSALS: readonly Proposal[] = [];
const NO_CODES: readonly Code[] = [];

interface Props {
  readonly onError: (error: unknown) => void;
}

function describe(
  proposal: Proposal,
  codes: readonly Code[],
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const name = (id: number): string => codes.find((code) => code.id === id)?.name ?? `#${id}`;
  const payload = proposal.payload;
  switch (payload.kind) {
    case 'new-code':
      return t('review.proposalNew', { name: payload.name });
    case 'definition':
      return t('review.proposalDefinition', { name: name(payload.codeId), text: payload.description ?? '' });
    case 'rename':
      return t('review.proposalRename', { from: name(payload.codeId), to: payload.name });
    case 'merge':
      return t('review.proposalMerge', { source: name(payload.sourceId), target: name(payload.targetId) });
  }
}

/** Coders propose codebook changes with a comment; the lead accepts or rejects them. */
export function ProposalsTab({ onError }: Props) {
  const { t } = useTranslation();
  const proposals = useQuery('review/proposals', {}, onError).data ?? NO_PROPOSALS;
  const codes = useQuery('codes/list', {}, onError).data ?? NO_CODES;
  const [newName, setNewName] = useState('');
  const [comment, setComment] = useState('');
  const [decisionNotes, setDecisionNotes] = useState<Record<number, string>>({});

  const propose = (event: FormEvent): void => {
    event.preventDefault();
    if (newName.trim() === '') return;
    mutate('review/propose', {
      payload: { kind: 'new-code', name: newName.trim() },
      ...(comment ? { comment } : {}),
    })
      .then(() => {
        setNewName('');
        setComment('');
      })
      .catch(onError);
  };

  const decide = (proposal: Proposal, accept: boolean): void => {
    const note = decisionNotes[proposal.id];
    mutate('review/decide', { id: proposal.id, accept, ...(note ? { comment: note } : {}) }).catch(onError);
  };

  return (
    <div className="review-tab">
      <form className="review-propose" onSubmit={propose}>
        <input
          aria-label={t('review.proposeName')}
          placeholder={t('review.proposeName')}
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
        />
        <input
          aria-label={t('review.comment')}
          placeholder={t('review.comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <button type="submit" className="button button--small">
          {t('review.propose')}
        </button>
      </form>
      {proposals.length === 0 ? (
        <p className="muted">{t('review.noProposal')}</p>
      ) : (
        <ul className="review-proposals">
          {proposals.map((proposal) => (
            <li key={proposal.id} data-status={proposal.status}>
              <strong>
                {describe(proposal, codes, t as (key: string, options?: Record<string, unknown>) => string)}
              </strong>
              <span className="muted small">
                {' '}
                {t('review.by', { author: proposal.author })} · {t(`review.status.${proposal.status}`)}
              </span>
              {proposal.comment && <p className="small">{proposal.comment}</p>}
              {proposal.status === 'open' ? (
                <div className="inline-form">
                  <input
                    aria-label={t('review.decisionComment')}
                    placeholder={t('review.decisionComment')}
                    value={decisionNotes[proposal.id] ?? ''}
                    onChange={(event) =>
                      setDecisionNotes((current) => ({ ...current, [proposal.id]: event.target.value }))
                    }
                  />
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => decide(proposal, true)}
                  >
                    {t('review.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => decide(proposal, false)}
                  >
                    {t('review.reject')}
                  </button>
                </div>
              ) : (
                proposal.decisionComment && <p className="small muted">{proposal.decisionComment}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
