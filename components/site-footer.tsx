import Link from "next/link";
import { accessibilityConfig } from "@/lib/accessibility/accessibility-config";

/**
 * On every page (issue 16): the accessibility statement, as the web-accessibility act asks, and where to report an
 * accessibility problem. Without a configured statement URL the link goes to the app's own page, which says so.
 */
export function SiteFooter() {
  const { statementUrl } = accessibilityConfig();
  const link = "underline hover:text-brand-800";
  return (
    <footer className="no-print mt-8 border-t border-slate-200 bg-white">
      <nav aria-label="Sidefod" className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={statementUrl ?? "/tilgaengelighed"} className={link}>
              Tilgængelighedserklæring
            </a>
          </li>
          <li>
            <Link href="/tilgaengelighed" className={link}>
              Problemer med tilgængeligheden?
            </Link>
          </li>
          <li>
            <Link href="/om" className={link}>
              Om Klyngeportalen
            </Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
