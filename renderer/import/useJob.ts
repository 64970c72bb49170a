import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';

const POLL_MS = 150;

/**
 * Follows a background job (jobs/status) until it ends, for a progress bar; cancel asks the
 * backend to stop, which undoes the job's partial work before it reports 'cancelled'.
 */
export function useJob(onEnd: (status: JobStatus) => void): {
  readonly status: JobStatus | null;
  readonly follow: (jobId: string) => void;
  readonly cancel: () => void;
} {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const jobId = useRef<string | null>(null);
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  }, [onEnd]);

  const poll = useCallback(async (id: string): Promise<void> => {
    while (jobId.current === id) {
      const next = await call('jobs/status', { id });
      setStatus(next);
      if (next.state !== 'running') {
        jobId.current = null;
        onEndRef.current(next);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }, []);

  const follow = useCallback(
    (id: string) => {
      jobId.current = id;
      void poll(id);
    },
    [poll],
  );

  const cancel = useCallback(() => {
    if (jobId.current) void call('jobs/cancel', { id: jobId.current });
  }, []);

  // Stop polling when the dialog goes away.
  useEffect(
    () => () => {
      jobId.current = null;
    },
    [],
  );
  return { status, follow, cancel };
}
