// @ts-check
// The largest request body: lib/files/request-limit.ts (MAX_REQUEST_BYTES; a unit test keeps the two equal).
const MAX_REQUEST_BYTES = 30 * 1024 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // On every response, static files included. The CSP and HSTS are set per request in proxy.ts: HSTS is decided
  // at run time there, not from NEXTAUTH_URL at build time (docs/decisions/0012-trust-part-two.md).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
  experimental: {
    // Files may be up to 20 MB each (validated with a Danish message in lib/files), a whole form up to 30 MB; the
    // transport limit sits at the whole form's so the user gets that message rather than a framework error.
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
    // The proxy reads a copy of each body that Next cuts off at this size (default 10 MB: every upload over 10 MB
    // was cut and failed with a bare 500). A margin above the limit, so proxy.ts sees that a body is too large.
    proxyClientMaxBodySize: MAX_REQUEST_BYTES + 1024 * 1024,
  },
  // Native and wasm-backed database drivers are loaded by Node at run time, not bundled; so is pdfkit, which reads
  // its font metrics from its own package directory (the agenda attachment, lib/agenda/agenda-pdf.ts).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pdfkit"],
};

module.exports = nextConfig;
