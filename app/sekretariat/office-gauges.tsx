import { StatusBadge } from "@/components/badges";
import { formatKroner } from "@/lib/format";
import { ParticipationGauge } from "./participation-gauge";
import type { Allocation } from "@/lib/allocation";

type Office = {
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

function warning(office: Office): { tone: "danger" | "warn" | "calm"; text: string } {
  if (office.allocation.status === "REDUCED")
    return {
      tone: "danger",
      text: `Totalen for ${office.name} er reduceret: for få deltager. Opgaverne skal genforhandles med klyngen.`,
    };
  if (office.margin === 0) return { tone: "warn", text: `Ét nej mere, og totalen for ${office.name} reduceres.` };
  return { tone: "calm", text: `Kan tåle ${office.margin} nej mere, før totalen reduceres.` };
}

const TONES = {
  danger: "border-red-400 bg-red-50 text-red-900",
  warn: "border-amber-500 bg-amber-50 text-amber-950 font-semibold",
  calm: "border-slate-200 text-slate-700",
} as const;

export function OfficeGauges({ offices, year }: { offices: Office[]; year: number }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {offices.map((office) => {
        const { allocation } = office;
        const participating = allocation.yes + allocation.pending;
        const w = warning(office);
        return (
          <li
            key={office.id}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid={`office-card-${office.id}`}
          >
            <div className="flex items-start justify-between gap-2">
              <h3 className="font-semibold">{office.name}</h3>
              <StatusBadge status={allocation.status} />
            </div>
            <p className="text-sm text-slate-700">
              {office.city} · lead: {office.leads.length ? office.leads.join(" og ") : "ingen"}
            </p>
            {office.leadMissing && (
              <p
                className="mt-1 rounded border border-red-400 bg-red-50 p-2 text-sm text-red-900"
                role="status"
                data-testid="lead-missing"
              >
                <span aria-hidden="true">⚠ </span>
                Mangler lead
                {office.leadsLeft.length ? `: ${office.leadsLeft.join(" og ")} har meldt sig ud` : ""}. Registrér en ny
                lead eller fordeling under Indstillinger.
              </p>
            )}
            <p className="mt-2">
              {participating} af {allocation.eligible} deltager — krav {allocation.required}
              {allocation.pending > 0 && (
                <span className="text-slate-700">
                  {" "}
                  ({allocation.yes} har sagt ja, {allocation.pending} afventer)
                </span>
              )}
            </p>
            <ParticipationGauge allocation={allocation} label={`Deltagelse i ${year} for ${office.name}`} />
            <p className="text-sm text-slate-700">
              Ja {allocation.yes} · Nej {allocation.no} · Afventer {allocation.pending} · i alt{" "}
              {formatKroner(allocation.total)}
            </p>
            <p
              className={`mt-2 rounded border p-2 text-sm ${TONES[w.tone]}`}
              role={w.tone === "calm" ? undefined : "status"}
              data-testid="early-warning"
            >
              {w.tone !== "calm" && <span aria-hidden="true">⚠ </span>}
              {w.text}
            </p>
            {office.lapsedPool !== null && (
              <p
                className="mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950"
                data-testid="lapsed-pool"
              >
                Den aftalte reducerede pulje på {formatKroner(office.lapsedPool)} gælder ikke i {year}, fordi kontoret
                ikke er reduceret. Se Indstillinger.
              </p>
            )}
            {office.overApproved.length > 0 && (
              <ul
                className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900"
                data-testid="over-approved"
              >
                {office.overApproved.map((o) => (
                  <li key={o.name}>
                    <span aria-hidden="true">⚠ </span>
                    {o.name}: {o.amount > o.approved ? "beløbet" : "højst-beløbet"}{" "}
                    {formatKroner(o.amount > o.approved ? o.amount : o.ceiling)} er over bevillingen på{" "}
                    {formatKroner(o.approved)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
