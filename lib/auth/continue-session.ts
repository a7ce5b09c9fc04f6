/**
 * After a change that ended all of a user's sessions (a password change), the browser that made it keeps its
 * session: its token is written anew under the new session version, with the same absolute end.
 */
import "server-only";
import { cookies } from "next/headers";
import { readSessionToken, writeSessionToken } from "./auth-cookies";

export async function continueSession(options: { sessionVersion: number }) {
  const jar = await cookies();
  const token = await readSessionToken(jar);
  if (token) await writeSessionToken(jar, { ...token, sv: options.sessionVersion });
}
