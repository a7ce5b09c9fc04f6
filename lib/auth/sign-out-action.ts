"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { clearAuthCookies } from "./auth-cookies";
import { getSessionUser } from "./session";
import { signOut } from "./sign-out";

/**
 * Sign-out as a plain form post: works without JavaScript, keeps next-auth's client out of every page, audited.
 * It ends the user's sessions everywhere (the session version moves on) and deletes this browser's cookies with
 * the attributes they were set with (lib/auth/auth-cookies.ts) — over HTTPS too.
 */
export async function signOutAction() {
  const user = await getSessionUser();
  if (user) await signOut({ db, userId: user.id });
  clearAuthCookies(await cookies());
  redirect("/login");
}
