"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getSessionUser } from "./session";

// next-auth v4's cookie names (the __Secure- ones when served over HTTPS).
const SESSION_COOKIES = [
  "next-auth.session-token",
  "__Secure-next-auth.session-token",
  "next-auth.csrf-token",
  "__Host-next-auth.csrf-token",
];

/** Sign-out as a plain form post: works without JavaScript, keeps next-auth's client out of every page, audited. */
export async function signOutAction() {
  const user = await getSessionUser();
  if (user)
    await recordAuditEvent(db, { actorId: user.id, action: "auth.sign_out", entityType: "User", entityId: user.id });
  const jar = await cookies();
  for (const name of SESSION_COOKIES) if (jar.has(name)) jar.delete(name);
  redirect("/login");
}
