import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";

// Role-aware start page: secretariat → overview, contact → its municipality, cluster office → its office.
export default async function HomePage() {
  const user = await requireUser();
  if (user.role === "SECRETARIAT" || user.role === "ADMIN") redirect("/sekretariat");
  if (user.role === "MUNICIPAL_CONTACT" && user.municipalityId) {
    const municipality = await db.municipality.findUnique({ where: { id: user.municipalityId } });
    if (municipality) redirect(`/kommuner/${municipality.code}`);
  }
  if (user.role === "CLUSTER_OFFICE" && user.officeId) redirect(`/klyngekontorer/${user.officeId}`);
  return (
    <p className="rounded border border-amber-300 bg-amber-50 p-4">
      Din bruger er ikke knyttet til en kommune eller et klyngekontor. Kontakt KKR-sekretariatet.
    </p>
  );
}
