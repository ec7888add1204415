// Sums the JSON reports of every test runner into one line: "N passed, N failed".
// Exits non-zero when a report is missing, a test failed, or no test ran at all.
import { existsSync, readFileSync } from "node:fs";

function counts(path) {
  if (!existsSync(path)) return { passed: 0, failed: 1, missing: path };
  const report = JSON.parse(readFileSync(path, "utf8"));
  if ("numPassedTests" in report) {
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) };
  }
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

const totals = process.argv.slice(2).map(counts);
for (const total of totals)
  if (total.missing) console.error(`No test report at ${total.missing}: that runner did not finish.`);
const passed = totals.reduce((sum, total) => sum + total.passed, 0);
const failed = totals.reduce((sum, total) => sum + total.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
