/** The agenda attachment of a municipality for one period (issue 16), from the same model as its page. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { now } from "../clock";
import { loadMunicipalityOverview } from "../shares/load-municipality-overview";
import { buildAgendaPacket } from "./agenda-packet";

export async function loadAgendaPacket({
  municipality,
  agreementId,
  db = appDb,
  today = now(),
}: {
  municipality: { id: string; code: string; name: string; regionId: string; region: { kkrName: string } };
  agreementId: string;
  db?: DbClient;
  today?: Date;
}) {
  // No userId: making the attachment is not a visit to the page ("changed since your last visit" stays as it is).
  const overview = await loadMunicipalityOverview({ municipality, agreementId, db });
  if (!overview) return null;
  return buildAgendaPacket({
    overview,
    municipalityName: municipality.name,
    kkrName: municipality.region.kkrName,
    today,
  });
}
