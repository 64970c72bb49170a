import { outsideProject, type OperationGroup } from '../registration/registry.ts';

export const jobOperations = {
  // A job's result was made by the operation that started it, under that operation's rule.
  'jobs/status': outsideProject(({ id }, session) => session.jobs.status(id)),
  'jobs/cancel': outsideProject(({ id }, session) => session.jobs.cancel(id)),
} satisfies OperationGroup;
