import { countCodes, countDocuments } from '../../db/index.ts';
import type { ProjectInfo } from '../contract/types.ts';
import type { ProjectSession } from '../session.ts';
import type { HandlerGroup } from './registry.ts';

export function projectInfo(session: ProjectSession): ProjectInfo {
  const db = session.db();
  return {
    path: session.path ?? '',
    name: session.name ?? '',
    documentCount: countDocuments(db),
    codeCount: countCodes(db),
  };
}

export const projectHandlers: HandlerGroup = {
  'project/create': ({ path }, session) => {
    session.create(path);
    return projectInfo(session);
  },
  'project/open': ({ path }, session) => {
    session.open(path);
    return projectInfo(session);
  },
  'project/close': (_input, session) => {
    session.close();
    return null;
  },
  'project/current': (_input, session) => (session.hasProject() ? projectInfo(session) : null),
  'project/recent': (_input, session) => session.options.recent.list(),
};
