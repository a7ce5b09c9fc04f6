import { notFound } from "next/navigation";
import { routeHandler } from "@/lib/http/route-handler";
import { requireMunicipalityPeriod } from "@/lib/municipalities/require-municipality";
import { loadAgendaPacket } from "@/lib/agenda/load-agenda-packet";
import { agendaFileName } from "@/lib/agenda/agenda-packet";
import { agendaPdf } from "@/lib/agenda/agenda-pdf";
import { fileResponse } from "@/lib/files/file-response";

/** The council's agenda attachment (PDF) for a period: whoever may see the municipality's page (issue 16). */
export const GET = routeHandler(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { municipality, period } = await requireMunicipalityPeriod({
    code: (await params).code,
    permission: "municipality.view",
    periode: new URL(request.url).searchParams.get("periode") ?? undefined,
  });
  if (!period) notFound();
  const packet = await loadAgendaPacket({ municipality, agreementId: period.id });
  if (!packet) notFound();
  return fileResponse(
    await agendaPdf(packet),
    "application/pdf",
    agendaFileName(municipality.name, packet.firstYear, packet.lastYear, "pdf"),
  );
});
