import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../app/errors.ts';
import { makeTempDir } from '../../tests/support/tempDir.ts';
import { confineToProjectFolder } from './projectFolder.ts';

const root = realpathSync(makeTempDir('project-folder'));
const folder = join(root, 'studies');
const outside = join(root, 'elsewhere');
mkdirSync(join(folder, 'team'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(outside, 'other.verbatim'), '');
symlinkSync(outside, join(folder, 'link-out'));
symlinkSync(join(outside, 'other.verbatim'), join(folder, 'alias.verbatim'));
symlinkSync(join(outside, 'missing.verbatim'), join(folder, 'dangling.verbatim'));

function refusal(sent: string): AppError {
  try {
    confineToProjectFolder(folder, sent);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${sent} was accepted`);
}

describe('confineToProjectFolder', () => {
  it('accepts .verbatim names inside the folder, relative or absolute, adding the extension when missing', () => {
    expect(confineToProjectFolder(folder, 'study.verbatim')).toBe(join(folder, 'study.verbatim'));
    expect(confineToProjectFolder(folder, 'study')).toBe(join(folder, 'study.verbatim'));
    expect(confineToProjectFolder(folder, 'team/b.VERBATIM')).toBe(join(folder, 'team', 'b.VERBATIM'));
    expect(confineToProjectFolder(folder, join(folder, 'x.verbatim'))).toBe(join(folder, 'x.verbatim'));
  });

  it('refuses other extensions, .., absolute paths elsewhere and links leaving the folder', () => {
    for (const sent of [
      '/home/me/.ssh/authorized_keys',
      join(folder, 'notes.txt'),
      'notes.docx',
      '../elsewhere/other.verbatim',
      'team/../../elsewhere/other.verbatim',
      '..\\elsewhere\\other.verbatim',
      join(outside, 'other.verbatim'),
      'link-out/other.verbatim',
      'alias.verbatim',
      'dangling.verbatim',
      'a\0b.verbatim',
    ]) {
      const error = refusal(sent);
      expect(error.code, sent).toBe('NOT_ALLOWED');
      expect(error.message).toContain(folder);
    }
  });
});
