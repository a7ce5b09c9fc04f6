"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Reached by a client-side redirect (a form sent after the session ended), the page kept the header of the page
 * before it, with the user's name and «Log ud»: one refresh renders the whole page again, as it is now.
 */
export function RefreshOnce() {
  const router = useRouter();
  useEffect(() => router.refresh(), [router]);
  return null;
}
