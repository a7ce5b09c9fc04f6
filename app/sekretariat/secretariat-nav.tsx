const LINKS = [
  { href: "/sekretariat", label: "Overblik" },
  { href: "/sekretariat/hvad-hvis", label: "Hvad nu hvis" },
  { href: "/sekretariat/bilag", label: "Bilag" },
  { href: "/sekretariat/fordelingslog", label: "Fordelingslog" },
  { href: "/sekretariat/opfoelgning", label: "Opfølgning" },
  { href: "/sekretariat/opkraevning", label: "Opkrævning" },
  { href: "/sekretariat/betalinger", label: "Betalinger" },
  { href: "/sekretariat/evalueringer", label: "Evalueringer" },
  { href: "/sekretariat/indstillinger", label: "Indstillinger" },
  { href: "/sekretariat/perioder", label: "Perioder" },
  { href: "/sekretariat/befolkning", label: "Befolkningstal" },
  { href: "/sekretariat/brugere", label: "Brugere" },
];

/**
 * Server-rendered: the current path comes from the proxy (x-pathname), so no client JavaScript is needed.
 * Plain <a>, not <Link>: a layout is not re-rendered on client-side navigation, so the marked tab would go stale.
 */
export function SecretariatNav({ pathname, search }: { pathname: string; search: string }) {
  // The tabs keep the page's period and (for an administrator) region; not its other filters.
  const current = new URLSearchParams(search);
  const keep = new URLSearchParams(
    ["periode", "kkr"].flatMap((key) => (current.get(key) ? [[key, current.get(key)!]] : [])),
  ).toString();
  const links = LINKS.map((link) => ({
    ...link,
    url: keep ? `${link.href}?${keep}` : link.href,
    active: pathname === link.href || (link.href !== "/sekretariat" && pathname.startsWith(`${link.href}/`)),
  }));
  const currentLabel = links.find((link) => link.active)?.label;
  return (
    <nav aria-label="Sekretariatet" className="no-print">
      {/* On a phone the twelve tabs took four rows before the page: one line that opens the list (no JavaScript). */}
      <details className="rounded border border-slate-300 sm:hidden">
        <summary className="cursor-pointer px-3 py-2 font-medium text-brand-900">
          Sekretariatets sider
          {currentLabel ? <span className="font-normal text-slate-700">: {currentLabel}</span> : null}
        </summary>
        <NavList
          links={links}
          listClass="grid grid-cols-2 gap-1 border-t border-slate-200 p-2"
          linkClass={(active) =>
            `block rounded px-2 py-2 ${active ? "bg-brand-50 font-semibold text-brand-900" : "text-slate-700 hover:text-brand-800"}`
          }
        />
      </details>
      <NavList
        links={links}
        listClass="hidden flex-wrap gap-1 border-b border-slate-200 sm:flex"
        linkClass={(active) =>
          `inline-block rounded-t px-3 py-2 ${active ? "border-b-2 border-brand-700 font-semibold text-brand-900" : "text-slate-700 hover:text-brand-800"}`
        }
      />
    </nav>
  );
}

function NavList({
  links,
  listClass,
  linkClass,
}: {
  links: { href: string; url: string; label: string; active: boolean }[];
  listClass: string;
  linkClass: (active: boolean) => string;
}) {
  return (
    <ul className={listClass}>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.url} aria-current={link.active ? "page" : undefined} className={linkClass(link.active)}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
