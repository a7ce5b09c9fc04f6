import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Tom side" };

/**
 * The benchmark's floor for a signed-in page (issue 17, docs/decisions/0019-speed-at-the-floor.md): the same
 * layout and session check as every page of the app, and nothing else. What another page costs beyond this one
 * is what that page itself does.
 */
export default async function EmptyPage() {
  await requireUser();
  return <h1 className="text-2xl font-semibold">Tom side</h1>;
}
