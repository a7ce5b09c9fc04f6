import type { Metadata } from "next";
import { danishIsoDate } from "@/lib/clock";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { NoPeriod, PeriodBar } from "../period-bar";
import { loadSettings } from "@/lib/settings/load-settings";
import {
  DECISION_LABELS,
  formatDate,
  formatDateTime,
  formatDecisionYears,
  formatKroner,
  STATUS_LABELS,
} from "@/lib/format";
import { AUDIENCE_LABELS, NOTICE_KIND_INFO, NOTICE_KINDS } from "@/lib/notices/notice-kinds";
import { officeAmounts } from "@/lib/offices/office-amounts";
import { DueDateForm, LeadSplitForm, PoolOverrideForm } from "./settings-forms";
import { RequiredNoticesForm } from "./required-notices-form";

const requiredIntro = (kkr: string) =>
  `Brugerne i ${kkr} kan slå notifikationer fra under «Mine notifikationer» — undtagen dem, der er markeret her.`;

export const metadata: Metadata = { title: "Indstillinger" };

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ periode?: string; kkr?: string }>;
}) {
  const { periode, kkr } = await searchParams;
  const context = await requireRegionPeriod({ permission: "settings.manage", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const settings = await loadSettings({ agreementId: context.period.id });
  if (!settings) return <NoPeriod context={context} />;
  const { view, overrides, leadOffices, municipalities, defaultFromYear, requiredKinds, lapsedPools } = settings;
  const noticeGroups = Object.entries(AUDIENCE_LABELS).map(([audience, label]) => ({
    audience: label,
    kinds: NOTICE_KINDS.filter((kind) => NOTICE_KIND_INFO[kind].audience === audience).map((kind) => ({
      kind,
      label: NOTICE_KIND_INFO[kind].label,
      required: requiredKinds[kind],
    })),
  }));
  const { agreement } = view;
  const names = new Map(view.municipalities.map((m) => [m.code, m.name]));
  const reduced = view.allocations.filter((a) => a.allocation.status === "REDUCED");
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Indstillinger for {agreement.name}</h1>
      <PeriodBar context={context} period={context.period} />
      <section aria-labelledby="due-heading" className={section}>
        <h2 id="due-heading" className="text-lg font-semibold">
          Frist for beslutninger
        </h2>
        <p className="text-slate-700">
          Periodens frist gælder for hvert kontor, der ikke har sin egen; står den tom, har kun kontorer med egen frist
          en frist. Kontaktpersonerne i kommuner, der mangler en beslutning, får en påmindelse på mail 30 og 7 dage før
          den frist, der gælder for kontoret, og én, når den er overskredet.
        </p>
        <DueDateForm
          agreementId={agreement.id}
          dueDate={agreement.decisionDueDate ? danishIsoDate(agreement.decisionDueDate) : ""}
          period={{ firstYear: agreement.firstYear, lastYear: agreement.lastYear }}
          offices={view.offices.map((office) => ({
            id: office.id,
            name: office.name,
            dueDate: office.decisionDueDate ? danishIsoDate(office.decisionDueDate) : "",
          }))}
        />
      </section>
      <section aria-labelledby="leads-heading" className={section}>
        <h2 id="leads-heading" className="text-lg font-semibold">
          Leadkommuner og leadbidrag
        </h2>
        <p className="text-slate-700">
          Leadbidraget står ved hvert kontor. En ny fordeling gælder fra det år, du vælger; årene før forbliver, som de
          er. Hvis en leadkommune melder sig ud, mangler kontoret en lead fra det år, indtil en ny lead eller fordeling
          er registreret her.
        </p>
        {leadOffices.map(({ office, rows, years, formLeads }) => (
          <div
            key={office.id}
            className="space-y-2 border-t border-slate-200 pt-3"
            data-testid={`leads-${office.slug}`}
          >
            <h3 className="font-semibold">{office.name}</h3>
            <p className="text-sm text-slate-700">
              Leadbidrag {formatKroner(officeAmounts(office, agreement).leadContribution)} om året.
            </p>
            <ul className="text-sm">
              {rows.map((row) => (
                <li key={row.id}>
                  {row.name}: {formatKroner(row.amount)} pr. år, {row.fromYear}–{row.toYear}
                </li>
              ))}
            </ul>
            {years.some((y) => y.leadMissing) && (
              <p className="text-sm font-medium text-red-800" data-testid="lead-missing">
                <span aria-hidden="true">⚠ </span>
                Mangler lead i{" "}
                {years
                  .filter((y) => y.leadMissing)
                  .map((y) => y.year)
                  .join(", ")}
                {years.some((y) => y.left.length) &&
                  ` (${[...new Set(years.flatMap((y) => y.left))].join(", ")} har meldt sig ud)`}
              </p>
            )}
            {/* A split between several leads is changed often; a new lead only when one leaves (then it is open). */}
            <details open={formLeads.length > 1 || years.some((y) => y.leadMissing)}>
              <summary className="cursor-pointer font-medium text-brand-700">
                Registrér ny lead eller fordeling for {office.name}
              </summary>
              <div className="mt-2">
                <LeadSplitForm
                  officeId={office.id}
                  officeName={office.name}
                  leadContribution={officeAmounts(office, agreement).leadContribution}
                  firstYear={agreement.firstYear}
                  lastYear={agreement.lastYear}
                  defaultFromYear={defaultFromYear}
                  leads={formLeads}
                  municipalities={municipalities}
                />
              </div>
            </details>
          </div>
        ))}
      </section>
      <section aria-labelledby="pool-heading" className={section}>
        <h2 id="pool-heading" className="text-lg font-semibold">
          Aftalt reduceret pulje
        </h2>
        {reduced.length === 0 ? (
          <p className="text-slate-700">
            Ingen kontorer har status Reduceret. En aftalt pulje kan kun registreres for et år med status Reduceret.
          </p>
        ) : (
          reduced.map((entry) => {
            const office = view.offices.find((o) => o.id === entry.officeId)!;
            const override = overrides.find((o) => o.officeId === entry.officeId && o.year === entry.year);
            const defaultPool = override ? undefined : entry.allocation.pool;
            return (
              <div key={`${entry.officeId}-${entry.year}`} className="border-t border-slate-200 pt-3">
                <h3 className="font-semibold">
                  {office.name}, {entry.year}: {entry.allocation.yes + entry.allocation.pending} af{" "}
                  {entry.allocation.eligible} deltager
                </h3>
                <p className="text-sm text-slate-700">Lead: {entry.leads.map((l) => names.get(l.code)).join(", ")}</p>
                <PoolOverrideForm
                  officeId={office.id}
                  officeName={office.name}
                  year={entry.year}
                  amount={override?.amount}
                  reason={override?.reason}
                  defaultPool={defaultPool ?? entry.allocation.pool}
                  nonLeadPool={officeAmounts(office, agreement).nonLeadPool}
                />
              </div>
            );
          })
        )}
        {lapsedPools.length > 0 && (
          <div className="border-t border-slate-200 pt-3" data-testid="lapsed-pools">
            <h3 className="font-semibold">Aftalte puljer, der ikke gælder nu</h3>
            <p className="text-sm text-slate-700">
              En aftalt pulje gælder kun, mens kontoret er reduceret. Bliver det reduceret igen i året, gælder den igen.
            </p>
            <ul className="mt-2 space-y-2">
              {lapsedPools.map((pool) => (
                <li key={`${pool.officeId}-${pool.year}`} className="rounded border border-amber-400 bg-amber-50 p-3">
                  <span className="font-medium">
                    {pool.officeName}, {pool.year}: aftalt pulje {formatKroner(pool.amount)} gælder ikke
                    {pool.since ? ` siden ${formatDateTime(pool.since)}` : ""}.
                  </span>{" "}
                  {pool.cause
                    ? `Årsag: ${pool.cause.municipality.name} Kommune: ${DECISION_LABELS[pool.cause.decision]} ${formatDecisionYears(pool.cause.effectiveFromYear, pool.cause.effectiveToYear)} (møde ${formatDate(pool.cause.meetingDate)}).`
                    : "Årsag: kontoret er ikke længere reduceret."}{" "}
                  Kontoret er nu {STATUS_LABELS[pool.status]}, og puljen på {formatKroner(pool.pool)} gælder.
                  <span className="block text-sm text-slate-700">Begrundelse for aftalen: {pool.reason}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section aria-labelledby="notices-heading" className={section}>
        <h2 id="notices-heading" className="text-lg font-semibold">
          Påkrævede notifikationer
        </h2>
        <p className="text-slate-700">{requiredIntro(context.region.kkrName)}</p>
        <RequiredNoticesForm regionCode={context.region.code} groups={noticeGroups} />
      </section>
    </div>
  );
}
