import type { ReactNode } from "react";
import { SecretariatNav } from "./secretariat-nav";

export default function SecretariatLayout({ children }: { children: ReactNode }) {
  // Navigation only: every page and action below checks access itself.
  return (
    <div className="space-y-6">
      <SecretariatNav />
      {children}
    </div>
  );
}
