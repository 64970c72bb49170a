import { countCodes, countDocuments } from '../../db/index.ts';
import type { ProjectInfo } from '../contract/types.ts';
import type { ProjectSession } from '../session.ts';
import { outsideProject, read, type OperationGroup } from './registry.ts';

export function projectInfo(session: ProjectSession): ProjectInfo {
  const db = session.db();
  return {
    path: session.path ?? '',
    name: session.name ?? '',
    documentCount: countDocuments(db),
    codeCount: countCodes(db),
  };
}

export const projectOperations = {
  // Opening, creating and closing act on the session itself, not on the project's rows.
  'project/create': outsideProject(({ path }, session) => {
    session.create(path);
    return projectInfo(session);
  }),
  'project/open': outsideProject(({ path }, session) => {
    session.open(path);
    return projectInfo(session);
  }),
  'project/close': outsideProject((_input, session) => {
    session.close();
    return null;
  }),
  'project/current': read((_input, session) => (session.hasProject() ? projectInfo(session) : null)),
  'project/recent': outsideProject((_input, session) => session.options.recent.list()),
} satisfies OperationGroup;
