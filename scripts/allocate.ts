/**
 * CLI contract: `npm run -s allocate -- FILE.json` (issue 3): one scenario or an array of scenarios → the result(s).
 * `npm run -s allocate -- --agreement FILE.json` (issue 10): one agreement or an array → a JSON array of reports
 * (lib/allocation/agreement-file.ts).
 * Invalid input: exit code 2, one line on stderr naming the field, nothing on stdout — and nothing is
 * computed until every scenario has passed validation.
 */
import fs from "node:fs";
import { z } from "../lib/validation/zod";
import { allocate, formatIssue, scenarioSchema } from "../lib/allocation";
import { agreementFileSchema, agreementReport } from "../lib/allocation/agreement-file";

function fail(message: string): never {
  process.stderr.write(`Ugyldigt input: ${message}\n`);
  process.exit(2);
}

function main() {
  const args = process.argv.slice(2);
  const agreementMode = args[0] === "--agreement";
  const file = agreementMode ? args[1] : args[0];
  if (!file) fail("angiv en JSON-fil: npm run -s allocate -- [--agreement] FIL.json");
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    fail(`filen ${file} kan ikke læses`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    fail(`${file} er ikke gyldig JSON`);
  }
  const isList = Array.isArray(input);
  if (agreementMode) {
    const agreements = z
      .array(agreementFileSchema)
      .min(1, "skal indeholde mindst én aftale")
      .safeParse(isList ? input : [input]);
    if (!agreements.success) {
      const [issue] = agreements.error.issues;
      // One agreement: name its fields from the top; an array: keep the index in front ("[1].offices…").
      fail(formatIssue(isList ? issue! : { ...issue!, path: issue!.path.slice(1) }));
    }
    process.stdout.write(JSON.stringify(agreements.data.map(agreementReport), null, 2) + "\n");
    return;
  }
  const schema = isList ? z.array(scenarioSchema).min(1, "skal indeholde mindst ét scenarie") : scenarioSchema;
  const parsed = schema.safeParse(input);
  if (!parsed.success) fail(formatIssue(parsed.error.issues[0]!));
  const results = isList
    ? (parsed.data as z.infer<typeof scenarioSchema>[]).map(allocate)
    : allocate(parsed.data as z.infer<typeof scenarioSchema>);
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
}

try {
  main();
} catch {
  // Never a stack trace: anything unexpected is still a clean, non-zero exit.
  process.stderr.write("Uventet fejl under beregningen\n");
  process.exit(1);
}
