import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { getTeamLink } from '../../db/team/link.ts';
import { TEAM_TEST_TIMEOUT_MS, useCluster } from '../support/postgresCluster.ts';
import { call } from '../support/session.ts';
import { sharedRows, syncAs, teamOf, sessionsClosedAfterEach } from '../support/team.ts';

const cluster = useCluster();
const open = sessionsClosedAfterEach();

/** The GUIDs of the codings of a member's coder in a copy. */
function codingsBy(copy: ProjectSession, member: ProjectSession): string[] {
  const coder = getTeamLink(member.db())?.coderGuid;
  return Object.entries(sharedRows(copy.db(), ['codings'])['codings'] ?? {})
    .filter(([, row]) => (row as { coder: string }).coder === coder)
    .map(([guid]) => guid);
}

describe('undo after a pull', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("never undoes a colleague's coding that took the id of one of ours", async () => {
    const { lead, sessions } = await teamOf(cluster(), 'undoreuse', [['alice', 'coder']], open);
    const alice = sessions['alice'] as ProjectSession;
    const [documentId = 0] = lead.documentIds;
    // The lead codes a passage, then removes that coding: the highest id is free again.
    const [mine] = await call(lead.session, 'codings/create', {
      items: [{ documentId, start: 30, end: 40, codeId: lead.codeIds.family }],
    });
    await call(lead.session, 'codings/delete', { id: mine?.id ?? 0 });
    // Alice's coding, pulled into the lead's copy, is given that free id.
    const [documentOfAlice] = await call(alice, 'documents/list', {});
    const [codeOfAlice] = await call(alice, 'codes/list', {});
    await call(alice, 'codings/create', {
      items: [{ documentId: documentOfAlice?.id ?? 0, start: 50, end: 55, codeId: codeOfAlice?.id ?? 0 }],
    });
    await syncAs('alice', alice);
    await syncAs('lea', lead.session);
    const aliceCodings = codingsBy(lead.session, alice);
    expect(aliceCodings).toHaveLength(1);

    // Undo the deletion, then the creation: neither may touch Alice's coding.
    await call(lead.session, 'history/undo', {});
    await call(lead.session, 'history/undo', {});
    expect(codingsBy(lead.session, alice)).toEqual(aliceCodings);
    await syncAs('lea', lead.session);
    await syncAs('alice', alice);
    expect(codingsBy(alice, alice)).toEqual(aliceCodings);
  });
});
