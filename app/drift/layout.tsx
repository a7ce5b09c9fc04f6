import type { ReactNode } from "react";
import { headers } from "next/headers";
import { DriftNav } from "./drift-nav";

export default async function DriftLayout({ children }: { children: ReactNode }) {
  // Navigation only: every page and action below checks access itself.
  const pathname = (await headers()).get("x-pathname") ?? "";
  return (
    <div className="space-y-6">
      <DriftNav pathname={pathname} />
      {children}
    </div>
  );
}
