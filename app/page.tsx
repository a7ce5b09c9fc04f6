import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { startPathFor } from "@/lib/auth/start-path";

// Role-aware start page (lib/auth/start-path.ts).
export default async function HomePage() {
  const start = await startPathFor(await requireUser());
  if (start) redirect(start);
  return (
    <p className="rounded border border-amber-300 bg-amber-50 p-4">
      Din bruger er ikke knyttet til en kommune eller et klyngekontor. Kontakt KKR-sekretariatet.
    </p>
  );
}
