import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { commandTool } from './requiredTool.ts';
import { repoRoot } from './tempDir.ts';

export interface DiskRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** What onSmallDisk needs: unshare, and a kernel that lets a user mount a tmpfs in its namespace. */
export const SMALL_DISK = commandTool(
  'unshare (util-linux) with unprivileged user namespaces, to mount a small disk',
  'unshare',
  ['--user', '--map-root-user', '--mount', 'sh', '-c', 'mount -t tmpfs -o size=16k tmpfs /tmp'],
);

/**
 * Runs a shell script with a small tmpfs mounted at `dir`, in a private user and mount
 * namespace (`unshare`), so that a test can fill a real disk or make it read-only without
 * being root and without the mount being seen outside. The script gets $DIR, and a shell
 * function running the real command (`verbatim new "$DIR/p.verbatim"`).
 */
export function onSmallDisk(dir: string, kib: number, script: string): DiskRun {
  const verbatim = `verbatim() { "${process.execPath}" "${join(repoRoot, 'bin', 'verbatim.mjs')}" "$@"; }`;
  const result = spawnSync(
    'unshare',
    [
      '--user',
      '--map-root-user',
      '--mount',
      'sh',
      '-c',
      `mount -t tmpfs -o size=${kib}k tmpfs "$DIR" || exit 99\n${verbatim}\n${script}`,
    ],
    { encoding: 'utf8', env: { ...process.env, DIR: dir }, cwd: repoRoot, timeout: 120_000 },
  );
  if (result.status === 99) throw new Error(`could not mount a small disk: ${result.stderr}`);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
