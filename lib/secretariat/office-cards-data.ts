/**
 * The overview's office cards as data for lib/secretariat/office-cards-html.ts: every sentence, number and amount
 * formatted here, on the server (da-DK), so the HTML written in the browser is the server's, character for character.
 */
import type { Allocation } from "../allocation";
import { formatKroner, STATUS_LABELS } from "../format";
import type { OfficeCardData } from "./office-cards-html";

export type OfficeForCard = {
  id: string;
  name: string;
  city: string;
  leads: string[];
  leadMissing: boolean;
  leadsLeft: string[];
  overApproved: { name: string; approved: number; amount: number; ceiling: number }[];
  allocation: Allocation;
  margin: number;
  lapsedPool: number | null;
};

function warning(office: OfficeForCard): OfficeCardData["warning"] {
  if (office.allocation.status === "REDUCED")
    return {
      tone: "danger",
      text: `Totalen for ${office.name} er reduceret: for få deltager. Opgaverne skal genforhandles med klyngen.`,
    };
  if (office.margin === 0) return { tone: "warn", text: `Ét nej mere, og totalen for ${office.name} reduceres.` };
  return { tone: "calm", text: `Kan tåle ${office.margin} nej mere, før totalen reduceres.` };
}

/** Percent of the whole, to two decimals: enough for a bar a few hundred pixels wide. */
const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0);

export function officeCardsData(offices: OfficeForCard[], year: number): OfficeCardData[] {
  return offices.map((office) => {
    const { allocation: a } = office;
    return {
      id: office.id,
      name: office.name,
      status: a.status,
      statusLabel: STATUS_LABELS[a.status],
      place: `${office.city} · lead: ${office.leads.length ? office.leads.join(" og ") : "ingen"}`,
      ...(office.leadMissing
        ? {
            leadMissing:
              `Mangler lead${office.leadsLeft.length ? `: ${office.leadsLeft.join(" og ")} har meldt sig ud` : ""}. ` +
              `Registrér en ny lead eller fordeling under Indstillinger.`,
          }
        : {}),
      participation: `${a.yes + a.pending} af ${a.eligible} deltager — krav ${a.required}`,
      ...(a.pending > 0 ? { pendingNote: `(${a.yes} har sagt ja, ${a.pending} afventer)` } : {}),
      gauge: {
        yes: percent(a.yes, a.eligible),
        pending: percent(a.pending, a.eligible),
        required: percent(a.required, a.eligible),
        requiredCount: a.required,
        label:
          `Deltagelse i ${year} for ${office.name}: ${a.yes} ja og ${a.pending} afventer af ${a.eligible}; ` +
          `krav ${a.required}; status ${STATUS_LABELS[a.status]}`,
      },
      counts: `Ja ${a.yes} · Nej ${a.no} · Afventer ${a.pending} · i alt ${formatKroner(a.total)}`,
      warning: warning(office),
      ...(office.lapsedPool !== null
        ? {
            lapsedPool:
              `Den aftalte reducerede pulje på ${formatKroner(office.lapsedPool)} gælder ikke i ${year}, ` +
              `fordi kontoret ikke er reduceret. Se Indstillinger.`,
          }
        : {}),
      overApproved: office.overApproved.map(
        (o) =>
          `${o.name}: ${o.amount > o.approved ? "beløbet" : "højst-beløbet"} ` +
          `${formatKroner(o.amount > o.approved ? o.amount : o.ceiling)} er over bevillingen på ${formatKroner(o.approved)}`,
      ),
    };
  });
}
