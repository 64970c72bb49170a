import type { HandlerGroup } from './registry.ts';

export const jobHandlers: HandlerGroup = {
  'jobs/status': ({ id }, session) => session.jobs.status(id),
  'jobs/cancel': ({ id }, session) => session.jobs.cancel(id),
};
