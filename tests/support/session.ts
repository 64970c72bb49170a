import type { InputOf, OperationName, OutputOf } from '../../app/contract/api.ts';
import { dispatch } from '../../app/dispatch.ts';
import type { WireError } from '../../app/errors.ts';
import { CLI_CALLER } from '../../app/operationAccess.ts';
import { ProjectSession, type RecentProjectsStore } from '../../app/session.ts';

export function memoryRecent(): RecentProjectsStore {
  const paths: string[] = [];
  return {
    list: () => [...paths],
    remembered: () => [...paths],
    remember: (path) => {
      paths.splice(0, paths.length, path, ...paths.filter((p) => p !== path));
    },
    forget: (path) => {
      paths.splice(0, paths.length, ...paths.filter((p) => p !== path));
    },
  };
}

export function testSession(): ProjectSession {
  return new ProjectSession({ recent: memoryRecent(), defaultCoder: 'tester' });
}

/** Calls the contract like a transport does; fails the test on an error result. */
export async function call<N extends OperationName>(
  session: ProjectSession,
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const result = await dispatch(session, name, input, CLI_CALLER);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.data as OutputOf<N>;
}

/** Calls the contract and returns the error it must produce. */
export async function callError(session: ProjectSession, name: string, input: unknown): Promise<WireError> {
  const result = await dispatch(session, name, input, CLI_CALLER);
  if (result.ok) throw new Error(`${name} should have failed but returned ${JSON.stringify(result.data)}`);
  return result.error;
}
