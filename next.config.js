// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // On every response, static files included (the CSP itself is set per request in proxy.ts).
  async headers() {
    const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ...(secure ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
  experimental: {
    // Council minutes may be up to 20 MB (validated with a Danish message in lib/files); the transport limit
    // sits above it so the user gets that message rather than a framework error.
    serverActions: { bodySizeLimit: "30mb" },
  },
  // Native and wasm-backed database drivers are loaded by Node at run time, not bundled; so is pdfkit, which reads
  // its font metrics from its own package directory (the agenda attachment, lib/agenda/agenda-pdf.ts).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pdfkit"],
};

module.exports = nextConfig;
