import type { Metadata } from "next";
import Link from "next/link";
import { requireRegion } from "@/lib/periods/require-period";
import { RegionPicker } from "@/components/period-picker";
import { loadBillingData } from "@/lib/billing/load-billing-data";
import { BillingDataForm } from "./billing-data-form";

export const metadata: Metadata = { title: "CVR og EAN" };

export default async function BillingDataPage({
  searchParams,
}: {
  searchParams: Promise<{ kkr?: string; periode?: string }>;
}) {
  const { kkr, periode } = await searchParams;
  const { region, regions } = await requireRegion({ permission: "billing.manage", kkr });
  const municipalities = await loadBillingData({ regionId: region.id });
  const back = new URLSearchParams(Object.entries({ periode, kkr }).filter((e): e is [string, string] => !!e[1]));

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/sekretariat/opkraevning${back.size ? `?${back}` : ""}`} className="text-brand-700 underline">
          ← Opkrævning
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Kommunernes CVR og EAN i {region.kkrName}</h1>
        <p className="max-w-3xl text-slate-700">
          Bruges i fakturafilen til økonomisystemet. CVR-nummeret har 8 cifre, EAN-nummeret (lokationsnummeret til
          elektroniske fakturaer) 13; begge kontrolleres med deres kontrolciffer.
        </p>
      </div>
      <RegionPicker regions={regions} current={region} />
      <BillingDataForm regionCode={region.code} municipalities={municipalities} />
    </div>
  );
}
