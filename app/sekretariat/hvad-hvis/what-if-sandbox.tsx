"use client";

import { useEffect, useMemo, useState } from "react";
import { allocate, type DecisionState } from "@/lib/allocation";
import { DECISION_LABELS, formatKroner, formatSignedKroner, STATUS_LABELS } from "@/lib/format";
import { StatusBadge } from "@/components/badges";
import { CopyButton } from "@/components/copy-button";
import { ScrollBox } from "@/components/scroll-box";

export type SandboxOffice = {
  id: string;
  slug: string;
  name: string;
  leads: { code: string; amount: number }[];
  nonLeadPool: number;
  poolOverride?: number;
  states: Record<string, DecisionState>;
};
type Props = {
  year: number;
  thresholdBasisPoints: number;
  municipalities: { code: string; name: string; population: number }[];
  offices: SandboxOffice[];
  initialScenario: string;
};

/** The scenario in the URL: "slug.code.STATE" joined by commas — only the changes from the recorded state. */
function parseScenario(text: string, offices: SandboxOffice[]): Record<string, DecisionState> {
  const changes: Record<string, DecisionState> = {};
  for (const part of text.split(",")) {
    const [slug, code, state] = part.split(".");
    const office = offices.find((o) => o.slug === slug);
    if (office && code && code in office.states && (state === "YES" || state === "NO" || state === "PENDING"))
      changes[`${slug}.${code}`] = state;
  }
  return changes;
}

export function WhatIfSandbox({ year, thresholdBasisPoints, municipalities, offices, initialScenario }: Props) {
  const [changes, setChanges] = useState(() => parseScenario(initialScenario, offices));
  const stateOf = (office: SandboxOffice, code: string) => changes[`${office.slug}.${code}`] ?? office.states[code]!;

  const results = useMemo(() => {
    const run = (pick: (office: SandboxOffice, code: string) => DecisionState) =>
      offices.map((office) =>
        allocate({
          nonLeadPool: office.nonLeadPool,
          thresholdPercent: thresholdBasisPoints / 100,
          poolOverride: office.poolOverride,
          leads: office.leads,
          municipalities: municipalities
            .filter((m) => m.code in office.states)
            .map((m) => ({ ...m, decision: pick(office, m.code) })),
        }),
      );
    return {
      scenario: run((o, c) => changes[`${o.slug}.${c}`] ?? o.states[c]!),
      recorded: run((o, c) => o.states[c]!),
    };
  }, [changes, offices, municipalities, thresholdBasisPoints]);

  const scenarioParam = Object.entries(changes)
    .map(([key, state]) => `${key}.${state}`)
    .join(",");
  // The origin is only known in the browser: set after hydration so server and client render the same.
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const shareUrl =
    origin && `${origin}/sekretariat/hvad-hvis?aar=${year}${scenarioParam ? `&scenarie=${scenarioParam}` : ""}`;

  function change(office: SandboxOffice, code: string, state: DecisionState) {
    const next = { ...changes };
    if (state === office.states[code]) delete next[`${office.slug}.${code}`];
    else next[`${office.slug}.${code}`] = state;
    setChanges(next);
    const param = Object.entries(next)
      .map(([key, s]) => `${key}.${s}`)
      .join(",");
    window.history.replaceState(null, "", `?aar=${year}${param ? `&scenarie=${param}` : ""}`);
  }

  const amount = (officeIndex: number, code: string, which: "scenario" | "recorded") => {
    const office = offices[officeIndex]!;
    const lead = office.leads.find((l) => l.code === code);
    return lead ? lead.amount : (results[which][officeIndex]!.shares.find((s) => s.code === code)?.amount ?? 0);
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <span data-testid="scenario-count">{Object.keys(changes).length} ændringer i forhold til det registrerede</span>
        <button
          type="button"
          onClick={() => {
            setChanges({});
            window.history.replaceState(null, "", `?aar=${year}`);
          }}
          className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
        >
          Nulstil
        </button>
        <CopyButton text={shareUrl} label="Kopiér link til scenariet" />
      </div>
      <ul className="grid gap-4 sm:grid-cols-2" aria-live="polite">
        {offices.map((office, i) => {
          const result = results.scenario[i]!;
          return (
            <li
              key={office.id}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-testid={`sandbox-office-${office.slug}`}
            >
              <div className="flex items-start justify-between gap-2">
                <h2 className="font-semibold">{office.name}</h2>
                <StatusBadge status={result.status} />
              </div>
              <p>
                {result.yes + result.pending} af {result.eligible} deltager — krav {result.required}
              </p>
              <p className="text-sm text-slate-700">
                Pulje {formatKroner(result.pool)} · i alt {formatKroner(result.total)} · registreret:{" "}
                {STATUS_LABELS[results.recorded[i]!.status]}
              </p>
            </li>
          );
        })}
      </ul>
      <ScrollBox className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Beslutninger og beløb i scenariet</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Kommune
              </th>
              {offices.map((o) => (
                <th key={o.id} scope="col" className="px-3 py-2">
                  {o.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {municipalities.map((m) => (
              <tr key={m.code} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 font-medium">
                  {m.name}
                </th>
                {offices.map((office, i) => {
                  if (!(m.code in office.states))
                    return (
                      <td key={office.id} className="px-3 py-2">
                        Lead · {formatKroner(amount(i, m.code, "scenario"))}
                      </td>
                    );
                  const now = amount(i, m.code, "scenario");
                  const diff = now - amount(i, m.code, "recorded");
                  return (
                    <td key={office.id} className="px-3 py-2">
                      <select
                        aria-label={`${m.name}, ${office.name}`}
                        value={stateOf(office, m.code)}
                        onChange={(e) => change(office, m.code, e.target.value as DecisionState)}
                        className={`rounded border px-1 py-0.5 ${changes[`${office.slug}.${m.code}`] ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300 bg-white"}`}
                      >
                        {(["YES", "NO", "PENDING"] as const).map((s) => (
                          <option key={s} value={s}>
                            {DECISION_LABELS[s]}
                          </option>
                        ))}
                      </select>
                      <span className="block tabular-nums">
                        {formatKroner(now)}
                        {diff !== 0 && <span className="text-xs"> ({formatSignedKroner(diff)})</span>}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
