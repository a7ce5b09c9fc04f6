import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { loadSettings } from "@/lib/settings/load-settings";
import { danishIsoDate } from "@/lib/decisions/decision-schema";
import { formatKroner } from "@/lib/format";
import { DueDateForm, LeadAmountsForm, PoolOverrideForm } from "./settings-forms";

export const metadata: Metadata = { title: "Indstillinger" };

export default async function SettingsPage() {
  await requirePermission("settings.manage");
  const settings = await loadSettings();
  if (!settings) return <p>Der er ingen aftaler endnu.</p>;
  const { view, overrides } = settings;
  const { agreement } = view;
  const names = new Map(view.municipalities.map((m) => [m.code, m.name]));
  const reduced = view.allocations.filter((a) => a.allocation.status === "REDUCED");
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Indstillinger for {agreement.name}</h1>
      <section aria-labelledby="due-heading" className={section}>
        <h2 id="due-heading" className="text-lg font-semibold">
          Frist for beslutninger
        </h2>
        <DueDateForm
          agreementId={agreement.id}
          dueDate={agreement.decisionDueDate ? danishIsoDate(agreement.decisionDueDate) : ""}
        />
      </section>
      <section aria-labelledby="leads-heading" className={section}>
        <h2 id="leads-heading" className="text-lg font-semibold">
          Fordeling af leadbidraget
        </h2>
        <p className="text-slate-700">
          For kontorer med flere leadkommuner. Beløbene skal tilsammen give {formatKroner(agreement.leadContribution)}
        </p>
        {view.offices
          .filter((o) => o.leads.length > 1)
          .map((office) => (
            <LeadAmountsForm
              key={office.id}
              officeId={office.id}
              officeName={office.name}
              leadContribution={agreement.leadContribution}
              leads={office.leads.map((l) => ({ id: l.id, name: l.municipality.name, amount: l.yearlyAmount }))}
            />
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
                  nonLeadPool={agreement.nonLeadPool}
                />
              </div>
            );
          })
        )}
      </section>
    </div>
  );
}
