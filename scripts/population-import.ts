/**
 * CLI contract (issue 12): `npm run -s population:import -- FILE --region 1085 --basis 2025-01-01 [--check]`.
 * Reads a population file (FOLK1A from Statistics Denmark, or `kode;indbyggere`) for one region and prints
 * {"basisDate", "municipalities": [{code, name, population}]} as JSON on stdout. --check stops there and needs no
 * database; without it the figures are stored in DATABASE_URL's database (one transaction, audited).
 * Bad arguments or a bad file: exit code 2, one Danish line per problem on stderr, nothing on stdout.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { findRegion, regions } from "../lib/reference/denmark";
import { parsePopulationFile } from "../lib/population/parse-population-file";
import { basisDateOfPeriod, parseBasisDate } from "../lib/population/basis-date";

const USAGE = "npm run -s population:import -- FIL --region 1085 --basis 2025-01-01 [--check]";

function refuse(problems: string[]): never {
  process.stderr.write(problems.map((problem) => `${problem}\n`).join(""));
  process.exit(2);
}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { region: { type: "string" }, basis: { type: "string" }, check: { type: "boolean" } },
    });
  } catch (error) {
    const option = /'([^' ]+)/.exec(error instanceof Error ? error.message : "")?.[1];
    refuse([
      `Ugyldigt input: ${option ? `ukendt eller ufuldstændigt tilvalg «${option}»` : "ugyldige tilvalg"}: ${USAGE}`,
    ]);
  }
  const { positionals, values } = parsed;
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push(`Ugyldigt input: angiv én fil: ${USAGE}`);
  const regionCodes = regions.map((r) => r.code).join(", ");
  if (values.region === undefined) problems.push(`Ugyldigt input: angiv regionen med --region (${regionCodes}).`);
  else if (!findRegion(values.region))
    problems.push(`Ugyldigt input: «${values.region}» er ikke en regionskode (${regionCodes}).`);
  const basisDate = values.basis === undefined ? undefined : parseBasisDate(values.basis);
  if (values.basis === undefined) problems.push("Ugyldigt input: angiv datoen tallene gælder med --basis ÅÅÅÅ-MM-DD.");
  else if (!basisDate) problems.push(`Ugyldigt input: --basis «${values.basis}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD).`);
  if (problems.length) refuse(problems);
  return {
    file: positionals[0]!,
    regionCode: values.region!,
    basis: values.basis!,
    basisDate: basisDate!,
    check: !!values.check,
  };
}

async function main() {
  const { file, regionCode, basis, basisDate, check } = readArguments();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    refuse([`Ugyldigt input: filen ${file} kan ikke læses.`]);
  }
  const result = parsePopulationFile({ bytes, regionCode });
  if (!result.ok) refuse(result.problems);
  // FOLK1A counts the first day of a quarter: a file for 2025K2 is not the population on 2025-01-01.
  const periodDate = result.period === null ? undefined : basisDateOfPeriod(result.period);
  if (periodDate && periodDate !== basis) {
    refuse([`Filen gælder ${result.period} (${periodDate}), men --basis er ${basis}.`]);
  }
  const output = {
    basisDate: basis,
    municipalities: result.figures.map(({ code, name, population }) => ({ code, name, population })),
  };
  if (check) {
    process.stdout.write(JSON.stringify(output, null, 2) + "\n");
    return;
  }

  // Loaded only when storing, so --check never touches Prisma or a database.
  const { createPrismaClient } = await import("../lib/db/create-client");
  const { storePopulationFigures, populationProblems } = await import("../lib/population/store-population-figures");
  const origin = result.format === "FOLK1A" ? "Danmarks Statistik FOLK1A" : "Indbyggertal";
  const source = `${origin} (fil: ${path.basename(file)})`;
  const db = createPrismaClient();
  let rejected: string[] | undefined;
  try {
    const stored = await storePopulationFigures({
      db,
      regionCode,
      basisDate,
      figures: result.figures,
      source,
      actor: { label: "population:import" },
    });
    const { created, updated, unchanged } = stored;
    process.stdout.write(JSON.stringify({ ...output, stored: { created, updated, unchanged } }, null, 2) + "\n");
  } catch (error) {
    rejected = populationProblems(error) ?? undefined;
    if (!rejected) throw error;
  } finally {
    await db.$disconnect();
  }
  if (rejected) refuse(rejected);
}

main().catch((error: unknown) => {
  // Never a stack trace or a raw message: anything unexpected is a clean, non-zero exit, with the error code (e.g.
  // ECONNREFUSED, P1001) when there is one, so an operator knows where to look.
  const code = (error as { code?: unknown } | null)?.code;
  const hint = typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code) ? ` (${code})` : "";
  process.stderr.write(`Uventet fejl under importen af befolkningstal${hint}\n`);
  process.exit(1);
});
