"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded border border-white/60 px-3 py-1 hover:bg-white/10"
    >
      Log ud
    </button>
  );
}
