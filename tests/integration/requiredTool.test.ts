// A missing tool is a skip with its reason here and a failure on CI, never a silent pass.
import { afterEach, describe, expect, it, vi, type TestContext } from 'vitest';
import { commandTool, missingTool, requireTool, sharedMaterial } from '../support/requiredTool.ts';

const absentProgram = () => commandTool('a program nobody has', 'verbatim-no-such-program', ['--version']);

/** A context whose skip records its note instead of skipping this test. */
function recordingContext(): { context: TestContext; notes: string[] } {
  const notes: string[] = [];
  const skip = (note?: string): never => {
    notes.push(note ?? '');
    throw new Error('skipped');
  };
  return { context: { skip } as unknown as TestContext, notes };
}

describe('a required tool', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('skips the test with the reason when the tool is missing here', () => {
    vi.stubEnv('CI', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { context, notes } = recordingContext();
    expect(() => requireTool(context, absentProgram())).toThrow('skipped');
    expect(notes).toEqual(['missing a program nobody has']);
    expect(warn.mock.calls.join('\n')).toMatch(/SKIPPED, NOT PASSED: missing a program nobody has/u);
  });

  it('fails the test on CI when the tool is missing', () => {
    vi.stubEnv('CI', 'true');
    const { context, notes } = recordingContext();
    expect(() => requireTool(context, sharedMaterial('/no/such/shared/folder'))).toThrow(
      'Missing on CI: /no/such/shared/folder (the shared material, ../shared). See .ci/run.',
    );
    expect(notes).toEqual([]);
  });

  it('lets the test run when the tool is present, on CI or not', () => {
    for (const ci of ['', 'true']) {
      vi.stubEnv('CI', ci);
      const { context, notes } = recordingContext();
      requireTool(context, commandTool('node', process.execPath, ['--version']));
      expect(missingTool(sharedMaterial(import.meta.dirname))).toBeNull();
      expect(notes).toEqual([]);
    }
  });
});
