import type { Metadata } from "next";
import { requireRegion } from "@/lib/periods/require-period";
import { RegionPicker } from "@/components/period-picker";
import { loadUsers } from "@/lib/users/load-users";
import { ROLES } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/format";
import { formatDate } from "@/lib/format";
import { anonymisableFrom, anonymiseAfterDays } from "@/lib/users/anonymise-user";
import { AnonymiseUserForm, CreateUserForm, SetPasswordForm, ToggleUserForm } from "./user-forms";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Brugere" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ kkr?: string }> }) {
  const {
    user: actor,
    region,
    regions,
  } = await requireRegion({
    permission: "users.manage",
    kkr: (await searchParams).kkr,
  });
  const { users, municipalities, offices } = await loadUsers({
    regionId: region.id,
    includeAdmins: actor.role === "ADMIN",
  });
  const roles = ROLES.filter((r) => r !== "ADMIN" || actor.role === "ADMIN");
  // Anonymisation is the administrator's (docs/decisions/0018-logs-and-personal-data.md).
  const afterDays = actor.role === "ADMIN" ? anonymiseAfterDays(process.env.ANONYMISE_AFTER_DAYS) : null;
  const now = new Date();

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Brugere i {region.kkrName}</h1>
      <RegionPicker regions={regions} current={region} />
      <section aria-labelledby="new-user-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-user-heading" className="mb-3 text-lg font-semibold">
          Opret bruger
        </h2>
        <CreateUserForm regionCode={region.code} municipalities={municipalities} offices={offices} roles={[...roles]} />
      </section>
      <ScrollBox className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Alle brugere</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Navn
              </th>
              <th scope="col" className="px-3 py-2">
                E-mail
              </th>
              <th scope="col" className="px-3 py-2">
                Rolle
              </th>
              <th scope="col" className="px-3 py-2">
                Kommune / kontor
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-200" data-testid="user-row">
                <th scope="row" className="px-3 py-2 font-medium">
                  {u.name}
                </th>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">{ROLE_LABELS[u.role]}</td>
                <td className="px-3 py-2">{u.municipality?.name ?? u.office?.name ?? "—"}</td>
                <td className="px-3 py-2">
                  <span className="mr-2">{u.anonymisedAt ? "Anonymiseret" : u.active ? "Aktiv" : "Deaktiveret"}</span>
                  {u.id !== actor.id && !u.anonymisedAt && (
                    <ToggleUserForm userId={u.id} active={u.active} name={u.name} />
                  )}
                  {u.id !== actor.id && u.active && <SetPasswordForm userId={u.id} name={u.name} />}
                  {afterDays !== null && !u.active && (
                    <AnonymiseCell user={u} from={anonymisableFrom(u, afterDays)!} now={now} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}

const JUST_NOW_MS = 10 * 60 * 1000;

/**
 * Deactivated long enough: the button (with its question); not yet: the day it becomes possible. Just anonymised:
 * the same form without buttons, so the answer stays on screen when the row changes.
 */
function AnonymiseCell({
  user,
  from,
  now,
}: {
  user: { id: string; name: string; anonymisedAt: Date | null };
  from: Date;
  now: Date;
}) {
  if (user.anonymisedAt)
    return now.getTime() - user.anonymisedAt.getTime() < JUST_NOW_MS ? (
      <AnonymiseUserForm userId={user.id} name={user.name} anonymised />
    ) : null;
  if (from > now) return <p className="mt-1 text-slate-700">Kan anonymiseres fra {formatDate(from)}.</p>;
  return <AnonymiseUserForm userId={user.id} name={user.name} anonymised={false} />;
}
