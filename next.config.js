// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // Council minutes may be up to 20 MB (validated with a Danish message in lib/files); the transport limit
    // sits above it so the user gets that message rather than a framework error.
    serverActions: { bodySizeLimit: "30mb" },
  },
  // Native and wasm-backed database drivers are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
};

module.exports = nextConfig;
