import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { getTeamLink } from '../../db/team/link.ts';
import { TEAM_TEST_TIMEOUT_MS, useCluster } from '../support/postgresCluster.ts';
import { call, callError } from '../support/session.ts';
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

  it("refuses to undo a rename a colleague's later rename replaced", async () => {
    const { lead, sessions } = await teamOf(cluster(), 'undorename', [['marc', 'lead']], open);
    const marc = sessions['marc'] as ProjectSession;
    const nameIn = async (session: ProjectSession): Promise<string[]> =>
      (await call(session, 'codes/list', {})).map((code) => code.name).sort();
    // Léa renames Famille to A and syncs; Marc gets A, renames it B and syncs; Léa gets B.
    await call(lead.session, 'codes/update', { id: lead.codeIds.family, name: 'A' });
    await syncAs('lea', lead.session);
    await syncAs('marc', marc);
    const inMarcsCopy = (await call(marc, 'codes/list', {})).find((code) => code.name === 'A');
    await call(marc, 'codes/update', { id: inMarcsCopy?.id ?? 0, name: 'B' });
    await syncAs('marc', marc);
    await syncAs('lea', lead.session);
    expect(await nameIn(lead.session)).toEqual(['B', 'Fatigue', 'Travail']);

    // Léa's Undo would put back Famille over Marc's later rename: it is refused.
    expect(await callError(lead.session, 'history/undo', {})).toMatchObject({
      code: 'CONFLICT',
      key: 'undoChangedSince',
    });
    expect(await nameIn(lead.session)).toEqual(['B', 'Fatigue', 'Travail']);
    await syncAs('lea', lead.session);
    await syncAs('marc', marc);
    expect(await nameIn(marc)).toEqual(['B', 'Fatigue', 'Travail']);
    const onServer = await cluster().admin('undorename', async (client) =>
      (await client.query("SELECT data->>'name' AS name FROM verbatim.codes ORDER BY 1")).rows.map(
        (row: { name: string }) => row.name,
      ),
    );
    expect(onServer).toEqual(['B', 'Fatigue', 'Travail']);
  });

  it('refuses to undo a coding whose new code a colleague renamed since', async () => {
    const { lead, sessions } = await teamOf(cluster(), 'undobatch', [['marc', 'lead']], open);
    const marc = sessions['marc'] as ProjectSession;
    const [documentId = 0] = lead.documentIds;
    // Léa codes a passage with a new code, kept in the history as id ranges; Marc renames it.
    await call(lead.session, 'codings/create', {
      items: [{ documentId, start: 30, end: 40, codeName: 'Nuit' }],
    });
    await syncAs('lea', lead.session);
    await syncAs('marc', marc);
    const night = (await call(marc, 'codes/list', {})).find((code) => code.name === 'Nuit');
    await call(marc, 'codes/update', { id: night?.id ?? 0, name: 'Soir' });
    await syncAs('marc', marc);
    await syncAs('lea', lead.session);

    // Undoing the coding would delete the code Marc renamed: refused, both stay.
    expect(await callError(lead.session, 'history/undo', {})).toMatchObject({ key: 'undoChangedSince' });
    const codes = await call(lead.session, 'codes/list', {});
    expect(codes.map((code) => code.name)).toContain('Soir');
    const soir = codes.find((code) => code.name === 'Soir');
    const codings = await call(lead.session, 'codings/ofDocument', { documentId });
    expect(codings.filter((coding) => coding.codeId === soir?.id)).toHaveLength(1);
  });
});
