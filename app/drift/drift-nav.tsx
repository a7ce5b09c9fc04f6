const CURRENT = "border-b-2 border-brand-700 font-semibold text-brand-900";
const OTHER = "text-slate-700 hover:text-brand-800";
const LINKS = [
  { href: "/drift/udgaaende-post", label: "Udgående post" },
  { href: "/drift/demopostkasse", label: "Demopostkasse" },
];

/** The administrator's pages about the outgoing mail. Server-rendered, like the secretariat's tabs. */
export function DriftNav({ pathname }: { pathname: string }) {
  return (
    <nav aria-label="Drift" className="no-print border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map((link) => {
          const current = pathname === link.href;
          return (
            <li key={link.href}>
              <a
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-t px-3 py-2 ${current ? CURRENT : OTHER}`}
              >
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
