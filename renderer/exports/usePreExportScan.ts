import { useCallback, useEffect, useRef, useState } from 'react';
import type { FindingGroup, InputOf } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';

export type ExportScope = InputOf<'pseudonymise/scanForExport'>['scope'];

export interface PreExportScan {
  /** Likely identifiers in what the export would write, while the researcher decides. */
  readonly warning: readonly FindingGroup[] | null;
  readonly scanning: boolean;
  /** Scans what the export writes, then runs it, or shows the warning first. */
  readonly checkThen: (scope: ExportScope, includeMemos: boolean, run: () => unknown) => Promise<void>;
  /** "Export anyway": runs the export the warning held back. */
  readonly proceed: () => void;
  readonly dismiss: () => void;
}

/**
 * The identifier scan before every export (excerpts, codebook, REFI-QDA): the same check,
 * the same warning, whatever is exported. A failing scan is reported by `onError` and
 * nothing is exported.
 */
export function usePreExportScan(onError: (error: unknown) => void): PreExportScan {
  const [warning, setWarning] = useState<readonly FindingGroup[] | null>(null);
  const [scanning, setScanning] = useState(false);
  const pending = useRef<(() => unknown) | null>(null);
  // A dialog closed while its scan runs must not export when the scan comes back.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const checkThen = useCallback(
    async (scope: ExportScope, includeMemos: boolean, run: () => unknown): Promise<void> => {
      setWarning(null);
      setScanning(true);
      try {
        const found = await call('pseudonymise/scanForExport', { scope, includeMemos });
        if (!live.current) return;
        if (found.length > 0) {
          pending.current = run;
          setWarning(found);
        } else run();
      } catch (error) {
        if (live.current) onError(error);
      } finally {
        if (live.current) setScanning(false);
      }
    },
    [onError],
  );

  const proceed = useCallback(() => {
    const run = pending.current;
    pending.current = null;
    setWarning(null);
    run?.();
  }, []);

  const dismiss = useCallback(() => {
    pending.current = null;
    setWarning(null);
  }, []);

  return { warning, scanning, checkThen, proceed, dismiss };
}
