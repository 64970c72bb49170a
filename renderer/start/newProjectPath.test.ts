import { describe, expect, it } from 'vitest';
import { newProjectPath } from './newProjectPath.ts';

describe('newProjectPath', () => {
  it('joins the folder and the name, adding .verbatim', () => {
    expect(newProjectPath('/home/ana/terrain', 'entretiens')).toEqual({
      path: '/home/ana/terrain/entretiens.verbatim',
    });
    expect(newProjectPath(' /home/ana/terrain/ ', ' Entretiens.VERBATIM ')).toEqual({
      path: '/home/ana/terrain/Entretiens.VERBATIM',
    });
    expect(newProjectPath('/', 'a')).toEqual({ path: '/a.verbatim' });
  });

  it('uses the folder’s own separator', () => {
    expect(newProjectPath('C:\\Users\\ana\\terrain', 'entretiens')).toEqual({
      path: 'C:\\Users\\ana\\terrain\\entretiens.verbatim',
    });
  });

  it('says what is missing or wrong instead of guessing a place', () => {
    expect(newProjectPath('/home/ana', '  ')).toEqual({ problem: 'nameRequired' });
    expect(newProjectPath('', 'entretiens')).toEqual({ problem: 'folderRequired' });
    // A folder inside the name would write somewhere the folder field does not show.
    expect(newProjectPath('/home/ana', '../entretiens')).toEqual({ problem: 'nameInvalid' });
    expect(newProjectPath('/home/ana', 'a\\b')).toEqual({ problem: 'nameInvalid' });
    expect(newProjectPath('/home/ana', '..')).toEqual({ problem: 'nameInvalid' });
  });
});
