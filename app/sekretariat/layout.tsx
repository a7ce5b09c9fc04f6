import type { ReactNode } from "react";
import { headers } from "next/headers";
import { SecretariatNav } from "./secretariat-nav";

export default async function SecretariatLayout({ children }: { children: ReactNode }) {
  // Navigation only: every page and action below checks access itself.
  const request = await headers();
  const pathname = request.get("x-pathname") ?? "";
  return (
    <div className="space-y-6">
      <SecretariatNav pathname={pathname} search={request.get("x-search") ?? ""} />
      {children}
    </div>
  );
}
