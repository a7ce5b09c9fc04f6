/**
 * Configuration that must never reach production (docs/decisions/0012-trust-part-two.md): the session secret from
 * .env.example, a short one, or none. Checked at every start (instrumentation.ts): in production the app refuses
 * to start, with a message that says what to do.
 */
export const EXAMPLE_SECRET = "change-me-to-a-long-random-string";
export const MIN_SECRET_LENGTH = 32;

export function configurationProblems(env: Record<string, string | undefined>): string[] {
  const secret = env.NEXTAUTH_SECRET ?? "";
  const problems: string[] = [];
  if (!secret) problems.push("NEXTAUTH_SECRET mangler.");
  else if (secret === EXAMPLE_SECRET) problems.push("NEXTAUTH_SECRET er eksempelværdien fra .env.example.");
  else if (secret.length < MIN_SECRET_LENGTH)
    problems.push(`NEXTAUTH_SECRET er for kort (${secret.length} tegn; mindst ${MIN_SECRET_LENGTH}).`);
  return problems;
}

export const HOW_TO_FIX = "Lav en ny hemmelighed med `openssl rand -base64 32`, og sæt den i NEXTAUTH_SECRET.";
