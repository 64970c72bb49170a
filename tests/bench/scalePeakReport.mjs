// Preloaded (`node --import`) into a command the scale bench measures: at exit, writes what
// the process cost to the file named by VERBATIM_PEAK_FILE, as JSON: peak resident memory
// (KiB) and CPU time (user + system, µs). CPU time is reported beside wall time because the
// bench machine is shared: wall time there measures the neighbours too.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Peak resident memory of this process. On Linux, ru_maxrss survives fork and exec: a child
 * of the 130 MB bench process reported at least 130 MB. VmHWM belongs to the address space
 * exec gave this program, so it is the command's own peak.
 */
function peakKib() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // No /proc (macOS): ru_maxrss, which may include the parent's.
  }
  return process.resourceUsage().maxRSS;
}

const target = process.env.VERBATIM_PEAK_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ maxRssKib: peakKib(), cpuMicros: usage.userCPUTime + usage.systemCPUTime }),
    );
  });
}
