import { readFileSync, writeFileSync } from "node:fs";

/** Linux reports CPU time in clock ticks of USER_HZ, which is 100 on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process (all its threads) has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may contain spaces and parentheses; the fields after its last ")" do not.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Busy and total jiffies of all cores together, from the first line of /proc/stat. */
export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  // cpu user nice system idle iowait irq softirq steal …: idle and iowait are the only idle columns.
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  return { busy: total - (values[3] ?? 0) - (values[4] ?? 0), total };
}

export interface Memory {
  /** Resident set size now, in bytes. */
  rss: number;
  /** Peak resident set size since start (or the last resetPeak), in bytes. */
  peak: number;
}

export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return { rss: kilobytes(status, "VmRSS") * 1024, peak: kilobytes(status, "VmHWM") * 1024 };
}

/** Resets VmHWM so the next peak belongs to the phase being measured (Linux ≥ 4.0, own processes). */
export function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

function kilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  if (!match) throw new Error(`/proc status has no ${field} line`);
  return Number(match[1]);
}

export interface Usage {
  /** CPU use over the window as a percentage of one core. */
  cpuPercent: number;
  /** How busy the whole machine was (all cores, every process), in %. */
  machinePercent: number;
  /** Largest RSS seen while sampling, in bytes. */
  maxRss: number;
  endRss: number;
}

/** Samples one process's CPU and RSS over a window (every 200 ms). */
export class UsageSampler {
  private readonly startCpu: number;
  private readonly startMachine = machineTicks();
  private readonly startedAt = performance.now();
  private maxRss = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.startCpu = cpuSeconds(pid);
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
  }

  stop(): Usage {
    clearInterval(this.timer);
    const endRss = this.sample();
    const seconds = (performance.now() - this.startedAt) / 1_000;
    const machine = machineTicks();
    const machinePercent =
      ((machine.busy - this.startMachine.busy) / Math.max(1, machine.total - this.startMachine.total)) * 100;
    return {
      cpuPercent: ((cpuSeconds(this.pid) - this.startCpu) / seconds) * 100,
      machinePercent,
      maxRss: this.maxRss,
      endRss,
    };
  }

  private sample(): number {
    const { rss } = memoryOf(this.pid);
    this.maxRss = Math.max(this.maxRss, rss);
    return rss;
  }
}
