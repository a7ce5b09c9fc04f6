"use client";

import "./globals.css";
import { UnexpectedError } from "@/components/unexpected-error";

/**
 * An unexpected error in the root layout itself (e.g. the database does not answer while the header reads the
 * session): this replaces the whole document, so it brings its own <html lang="da"> and a plain header.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="da">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <header className="on-dark border-b border-brand-900 bg-brand-800 text-white">
          <div className="mx-auto max-w-6xl px-4 py-3">
            <a href="/" className="text-lg font-semibold tracking-tight">
              Klyngeportalen
            </a>
          </div>
        </header>
        <main id="indhold" className="mx-auto max-w-6xl px-4 py-8">
          <title>Fejl · Klyngeportalen</title>
          <UnexpectedError errorId={error.digest} onRetry={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
