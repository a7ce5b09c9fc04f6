// Adds up the JSON reports of scripts/test.sh and prints one closing line. Exit 1 if anything failed.
import fs from "node:fs";

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null);
let passed = 0;
let failed = 0;
const vitestReports = ["vitest-sqlite.json", "vitest-postgres.json", "vitest-restart.json"];
for (const file of vitestReports.map((name) => `test-reports/${name}`)) {
  const report = read(file);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
}
for (const file of ["test-reports/e2e-results.json", "test-reports/e2e-results-postgres.json"]) {
  const e2e = read(file);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
}

const failedSteps = process.argv.slice(2);
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(", ")}`);
console.log(`Summary: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
