/**
 * `npm run user:create -- --email E --name N --role ROLLE [--municipality KODE | --office SLUG | --region KODE]`: a user —
 * the first administrator of a real installation (after `npm run db:seed -- --no-demo`). The password is never
 * given on the command line (it would be in the shell history and the process list): it is asked for twice on a
 * terminal, or read from KLYNGEPORTALEN_PASSWORD or the first line of stdin by scripts. Same rules as the users
 * page (lib/users/user-schema.ts); audited as created by the command line. Exit 0 done, 1 refused, 2 wrong usage.
 */
import readline from "node:readline";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/create-client";
import { createUser } from "../lib/users/create-user";
import { createUserSchema } from "../lib/users/user-schema";
import { Refusal } from "../lib/actions/refusal";
import { appEnvironment, usage } from "./ops-cli";

const USAGE =
  "npm run user:create -- --email E-MAIL --name NAVN --role ADMIN|SECRETARIAT|MUNICIPAL_CONTACT|CLUSTER_OFFICE " +
  "[--municipality KOMMUNEKODE] [--office KONTOR-SLUG] [--region REGIONSKODE (sekretariat)]\n" +
  "Adgangskoden spørges der om (to gange), eller den læses fra KLYNGEPORTALEN_PASSWORD eller første linje på stdin.";

function fail(message: string): never {
  process.stderr.write(`Fejl: ${message}\n`);
  process.exit(1);
}

function parse() {
  if (process.argv.some((arg) => arg === "--password" || arg.startsWith("--password="))) {
    process.stderr.write("Skriv aldrig adgangskoden på kommandolinjen. Den spørges der om, eller læses fra stdin.\n");
    process.exit(2);
  }
  try {
    const { values } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        municipality: { type: "string" },
        office: { type: "string" },
        region: { type: "string" },
      },
    });
    if (!values.email || !values.name || !values.role) usage(USAGE);
    return values as {
      email: string;
      name: string;
      role: string;
      municipality?: string;
      office?: string;
      region?: string;
    };
  } catch {
    usage(USAGE);
  }
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  let asking = true;
  output._writeToOutput = (text) => {
    if (asking) process.stdout.write(text);
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    asking = false;
  });
}

async function readPassword(): Promise<string> {
  if (process.env.KLYNGEPORTALEN_PASSWORD) return process.env.KLYNGEPORTALEN_PASSWORD;
  if (process.stdin.isTTY) {
    const first = await askHidden("Adgangskode (mindst 12 tegn): ");
    if ((await askHidden("Gentag adgangskoden: ")) !== first) fail("De to adgangskoder er ikke ens.");
    return first;
  }
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? "";
}

async function main() {
  const args = parse();
  const { databaseUrl } = appEnvironment();
  const password = await readPassword();
  const db = createPrismaClient(databaseUrl);
  try {
    const municipality = args.municipality
      ? await db.municipality.findUnique({ where: { code: args.municipality } })
      : null;
    if (args.municipality && !municipality) fail(`Kommunen med koden ${args.municipality} findes ikke.`);
    const office = args.office
      ? await db.clusterOffice.findFirst({
          where: { slug: args.office },
          orderBy: { createdAt: "desc" },
          include: { agreement: { select: { regionId: true } } },
        })
      : null;
    if (args.office && !office) fail(`Klyngekontoret ${args.office} findes ikke.`);
    const region = args.region ? await db.region.findUnique({ where: { code: args.region } }) : null;
    if (args.region && !region) fail(`Regionen med koden ${args.region} findes ikke (1081–1085).`);
    if (args.role === "SECRETARIAT" && !region) fail("Et sekretariat hører til en KKR: angiv --region REGIONSKODE.");
    // The region the user belongs to: given, or that of the municipality or office (an administrator has none).
    const regionId = region?.id ?? municipality?.regionId ?? office?.agreement.regionId ?? "";
    const parsed = createUserSchema.safeParse({
      name: args.name,
      email: args.email,
      role: args.role,
      municipalityId: municipality?.id,
      officeId: office?.id,
      password,
    });
    if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join(" "));
    const user = await createUser({
      db,
      actor: { id: null, role: "ADMIN", label: "npm run user:create" },
      regionId,
      input: parsed.data,
    });
    process.stdout.write(`Brugeren ${user.email} (${user.role}) er oprettet.\n`);
  } catch (error) {
    if (error instanceof Refusal) fail(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  process.stderr.write(`Uventet fejl: ${(error as Error)?.stack ?? error}\n`);
  process.exit(1);
});
