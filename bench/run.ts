import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseOptions, UsageError } from "./options";
import { WorkerPool } from "./pool";
import { formatTable, judge, medianFigures, type Figure } from "./report";
import { machine } from "./machine";
import { mesaLaunch, REPO_ROOT } from "./servers";
import { SCENARIO_RUNNERS } from "./scenarios";
import { systemsFor, type ScenarioContext } from "./scenarios/common";

/**
 * `npm run bench [-- --quick] [--only 1,3] [sizes]`: runs each scenario against Mesa and the
 * reference y-websocket server, prints the table and writes JSON. Exits 1 when the harness
 * fails (a server dies, a client cannot connect); a missed target is a result, not a failure.
 */
async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2), os.cpus().length);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`bench: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
  const mesa = mesaLaunch(options.mesa, options.appDir && path.resolve(options.appDir));
  const about = machine();
  console.log(`Mesa: ${mesa.description}; reference: @y/websocket-server 0.1.1 (in-memory)`);
  console.log(`${about.cpu} × ${about.cores}, ${about.memoryGb} GB, Node ${about.node}; load ${about.load}`);
  console.log(
    `${options.quick ? "quick" : "full"} sizes, ${options.workers} load generators: ${JSON.stringify(options.sizes)}`,
  );
  if (mesa.stale) console.warn(`warning: ${mesa.stale}`);

  const tmp = mkdtempSync(path.join(os.tmpdir(), "mesa-bench-"));
  const pool = WorkerPool.start(options.workers, options.profileDir);
  if (options.profileDir) console.log(`CPU profiles go to ${options.profileDir}`);
  const context: ScenarioContext = {
    options,
    mesa,
    systems: systemsFor(0),
    pool,
    tmp,
    log: (message) => console.log(`  ${message}`),
  };
  const figures: Figure[] = [];
  const started = Date.now();
  const output = path.resolve(REPO_ROOT, options.json);
  mkdirSync(path.dirname(output), { recursive: true });
  // Written after every scenario too, so a run that fails late keeps what it measured.
  const save = (failure?: unknown) => {
    const results = {
      date: new Date().toISOString(),
      machine: {
        ...about,
        loadAfter: os
          .loadavg()
          .map((value) => value.toFixed(2))
          .join(" "),
      },
      mesa: mesa.description,
      reference: "@y/websocket-server 0.1.1, in-memory",
      quick: options.quick,
      workers: options.workers,
      repeat: options.repeat,
      sizes: options.sizes,
      seconds: Math.round((Date.now() - started) / 1_000),
      figures: figures.map((figure) => ({ ...figure, verdict: judge(figure) })),
      error: failure === undefined ? undefined : String(failure),
    };
    writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
  };
  let failure: unknown;
  try {
    for (const scenario of options.only) {
      const runner = SCENARIO_RUNNERS[scenario];
      if (!runner) continue;
      console.log(`\nScenario ${scenario}: ${runner.title}`);
      const scenarioStart = Date.now();
      const repetitions: Figure[][] = [];
      for (let repetition = 0; repetition < options.repeat; repetition++) {
        repetitions.push(await runner.run({ ...context, systems: systemsFor(repetition) }));
      }
      figures.push(...medianFigures(repetitions));
      save();
      console.log(`  done in ${((Date.now() - scenarioStart) / 1_000).toFixed(1)} s`);
    }
  } catch (error) {
    failure = error;
  } finally {
    pool.stop();
  }
  console.log(`\n${formatTable(figures)}`);
  save(failure);
  console.log(`\nJSON: ${path.relative(REPO_ROOT, output)}`);
  if (failure !== undefined) {
    console.error(`\nbench failed: ${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}`);
    console.error(`server logs kept in ${tmp}`);
    return 1;
  }
  rmSync(tmp, { recursive: true, force: true });
  return 0;
}

// Ctrl-C or a CI timeout: exit through process.exit so the servers and generators are stopped.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
