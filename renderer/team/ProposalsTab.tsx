import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Proposal } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';

interface Props {
  readonly revision: number;
  readonly onChanged: () => void;
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
export function ProposalsTab({ revision, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const [proposals, setProposals] = useState<readonly Proposal[]>([]);
  const [codes, setCodes] = useState<readonly Code[]>([]);
  const [newName, setNewName] = useState('');
  const [comment, setComment] = useState('');
  const [decisionNotes, setDecisionNotes] = useState<Record<number, string>>({});

  useEffect(() => {
    let current = true;
    Promise.all([call('review/proposals', {}), call('codes/list', {})])
      .then(([list, codeList]) => {
        if (!current) return;
        setProposals(list);
        setCodes(codeList);
      })
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [revision, onError]);

  const propose = (event: FormEvent): void => {
    event.preventDefault();
    if (newName.trim() === '') return;
    call('review/propose', {
      payload: { kind: 'new-code', name: newName.trim() },
      ...(comment ? { comment } : {}),
    })
      .then(() => {
        setNewName('');
        setComment('');
        onChanged();
      })
      .catch(onError);
  };

  const decide = (proposal: Proposal, accept: boolean): void => {
    const note = decisionNotes[proposal.id];
    call('review/decide', { id: proposal.id, accept, ...(note ? { comment: note } : {}) })
      .then(onChanged)
      .catch(onError);
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
