import { homedir, userInfo } from 'node:os';
import { posix, win32 } from 'node:path';

export interface ConfigDirContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * Where Verbatim keeps its backups in every shell, and its own small settings (recent
 * projects) outside Electron, i.e. for the web shell and the CLI. Electron keeps those
 * settings in app.getPath('userData'), the same folder on Windows and macOS but not on
 * Linux (`Verbatim`, not `verbatim`); its backups are here, so that the CLI's
 * pseudonymise purges them. VERBATIM_CONFIG_DIR wins everywhere so that tests and
 * portable installs can redirect it.
 */
export function defaultConfigDir(
  context: ConfigDirContext = { env: process.env, platform: process.platform, home: homedir() },
): string {
  const { env, platform, home } = context;
  const override = nonEmpty(env.VERBATIM_CONFIG_DIR);
  if (override) return override;
  if (platform === 'win32') {
    return win32.join(nonEmpty(env.APPDATA) ?? win32.join(home, 'AppData', 'Roaming'), 'Verbatim');
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'Verbatim');
  return posix.join(nonEmpty(env.XDG_CONFIG_HOME) ?? posix.join(home, '.config'), 'verbatim');
}

/**
 * The coder name recorded on codings when none is given: the operating-system account,
 * which is what a researcher expects on a personal machine. userInfo() throws when the
 * account has no passwd entry (some containers), hence the environment fallbacks.
 */
export function defaultCoderName(env: Readonly<Record<string, string | undefined>> = process.env): string {
  try {
    const name = userInfo().username;
    if (name.trim() !== '') return name;
  } catch {
    // fall through to the environment
  }
  return nonEmpty(env.USER) ?? nonEmpty(env.USERNAME) ?? 'coder';
}
