"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/sekretariat", label: "Overblik" },
  { href: "/sekretariat/hvad-hvis", label: "Hvad nu hvis" },
  { href: "/sekretariat/bilag", label: "Bilag" },
  { href: "/sekretariat/fordelingslog", label: "Fordelingslog" },
  { href: "/sekretariat/opfoelgning", label: "Opfølgning" },
  { href: "/sekretariat/evalueringer", label: "Evalueringer" },
  { href: "/sekretariat/indstillinger", label: "Indstillinger" },
  { href: "/sekretariat/brugere", label: "Brugere" },
];

export function SecretariatNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Sekretariatet" className="no-print border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map((link) => {
          const current = pathname === link.href;
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={current ? "page" : undefined}
                className={`inline-block rounded-t px-3 py-2 ${current ? "border-b-2 border-brand-700 font-semibold text-brand-900" : "text-slate-700 hover:text-brand-800"}`}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
