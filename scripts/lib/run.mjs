// Small process helpers for the developer scripts.
import { spawn, spawnSync } from 'node:child_process';

/**
 * Runs `node <args>` to completion. Never throws: returns whether it worked, and why not.
 * `timeoutMs` kills the child (e.g. a download that hangs without network).
 */
export function runNode(args, { cwd, env = process.env, timeoutMs, quiet = false } = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd,
    env,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGKILL' } : {}),
  });
  const timedOut = result.error?.code === 'ETIMEDOUT';
  return {
    ok: result.status === 0,
    status: result.status,
    timedOut,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
    reason: timedOut
      ? `timed out after ${Math.round(timeoutMs / 1000)} s`
      : result.error
        ? result.error.message
        : result.status !== 0
          ? `exited with ${result.status ?? result.signal}`
          : '',
  };
}

/**
 * Runs a long-lived program in the foreground (the app, the web shell) and resolves with its
 * exit code. Ctrl+C reaches the child through the terminal; SIGTERM sent to this script is
 * passed on so the child can close its database cleanly.
 */
export function runForeground(command, args, { cwd, env = process.env, onLine } = {}) {
  return new Promise((resolve) => {
    // With onLine, its output is read line by line (and still shown) as it comes.
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: onLine ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    });
    if (onLine) {
      let pending = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) onLine(line);
      });
    }
    const forward = (signal) => child.kill(signal);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Starts a program and leaves it running on its own (a browser). Never throws: resolves to
 * false when it could not be started or failed at once, so the caller can say what to do.
 */
export function launchDetached(command, args, { verbatim = false } = {}) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: verbatim });
    } catch {
      resolve(false);
      return;
    }
    child.once('error', () => resolve(false));
    // xdg-open without any browser exits with an error code at once.
    child.once('exit', (code) => resolve(code === 0));
    child.unref();
  });
}

/** npm passes its configuration to children as npm_config_*; strip the keys named. */
export function envWithout(keys, env = process.env) {
  const drop = new Set(keys.map((key) => key.toLowerCase()));
  return Object.fromEntries(Object.entries(env).filter(([key]) => !drop.has(key.toLowerCase())));
}
