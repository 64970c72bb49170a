import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_PALETTE } from '../../app/codes/colors.ts';
import type { ProjectSession } from '../../app/session.ts';
import { requireTool } from '../support/requiredTool.ts';
import { call } from '../support/session.ts';
import { newProject, REFI_SAMPLES, SHARED_REFI } from './refiFixture.ts';

// NVivo writes no colour on its 60 codes: they all came in grey, stripes and highlights alike.
const NVIVO = 'nvivo-win-12.6_hu-comments_utf16-crlf.qdpx';
// Four of its six codes have a colour; the folder and one code have none.
const ANNEX = 'refi-spec-1.5-annexA1_codebook.qdc';
const GREY = '#6b7280';

const sample = (name: string) => readFileSync(join(SHARED_REFI, 'samples', name)).toString('base64');

/** Code name → colour, in the order the codes were added (the codebook's, for an import). */
async function colours(session: ProjectSession): Promise<Map<string, string>> {
  const codes = [...(await call(session, 'codes/list', {}))].sort((a, b) => a.id - b.id);
  return new Map(codes.map((code) => [code.name, code.color]));
}

describe('REFI-QDA codes without a colour', () => {
  it('gives the codes of an NVivo project distinct palette colours, the same on every import', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const session = await newProject('nvivo-colours');
    await call(session, 'exchange/importProject', { name: NVIVO, base64: sample(NVIVO) });
    const painted = [...(await colours(session)).values()];
    expect(painted).toHaveLength(60);
    expect(painted).not.toContain(GREY);
    expect(new Set(painted).size).toBe(CODE_PALETTE.length);
    // In codebook order, the palette as codes created in Verbatim get it.
    expect(painted.slice(0, CODE_PALETTE.length)).toEqual([...CODE_PALETTE]);

    const again = await newProject('nvivo-colours-again');
    await call(again, 'exchange/importProject', { name: NVIVO, base64: sample(NVIVO) });
    expect(await colours(again)).toEqual(await colours(session));
  });

  it('merged into a project, starts after the colours the project already uses', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const session = await newProject('nvivo-merge');
    const mine = await call(session, 'codes/create', { name: 'mon code' });
    await call(session, 'exchange/importProject', { name: NVIVO, base64: sample(NVIVO) });
    const imported = [...(await colours(session))].filter(([name]) => name !== 'mon code');
    const firstFew = imported.slice(0, CODE_PALETTE.length - 1).map(([, colour]) => colour);
    expect(firstFew).not.toContain(mine.color);
    expect(new Set(firstFew).size).toBe(CODE_PALETTE.length - 1);
  });

  it('keeps the colours a codebook gives and paints the others', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const session = await newProject('annex');
    await call(session, 'exchange/importCodebook', { name: ANNEX, base64: sample(ANNEX) });
    const painted = await colours(session);
    expect(painted.get('Economy')).toBe('#ffff00');
    expect(painted.get('Health care')).toBe('#33cc33');
    expect([...painted.values()]).not.toContain(GREY);
    expect(new Set(painted.values()).size).toBe(painted.size);
  });

  it('exports the colours it gave, so they come back the same', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const session = await newProject('nvivo-export');
    await call(session, 'exchange/importProject', { name: NVIVO, base64: sample(NVIVO) });
    const exported = await call(session, 'exchange/exportProject', {});
    const back = await newProject('nvivo-back');
    await call(back, 'exchange/importProject', { name: 'back.qdpx', base64: exported.content });
    expect(await colours(back)).toEqual(await colours(session));
    expect([...(await colours(back)).values()]).not.toContain(GREY);
  });
});
