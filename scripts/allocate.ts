/**
 * CLI contract: `npm run -s allocate -- FILE.json` (issue 3).
 * Reads one scenario or an array of scenarios; prints the result(s) as JSON on stdout.
 * Invalid input: exit code 2, one line on stderr naming the field, nothing on stdout — and nothing is
 * computed until every scenario has passed validation.
 */
import fs from "node:fs";
import { z } from "../lib/validation/zod";
import { allocate, formatIssue, scenarioSchema } from "../lib/allocation";

function fail(message: string): never {
  process.stderr.write(`Ugyldigt input: ${message}\n`);
  process.exit(2);
}

function main() {
  const file = process.argv[2];
  if (!file) fail("angiv en JSON-fil: npm run -s allocate -- FIL.json");
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
