import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Next.js resolves `server-only` to an empty module on the server; do the same in tests.
      "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"],
          exclude: ["**/*.db.test.ts", "**/*.restart.test.ts", "node_modules/**"],
          // Some start a script through tsx (scripts/*.test.ts): seconds each on a busy 2-core machine, where 5 s
          // timed out twice.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["lib/**/*.db.test.ts"],
          globalSetup: ["lib/testing/database-global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Tests that stop the PostgreSQL server: run alone, after the others (scripts/test.sh).
        extends: true,
        test: { name: "restart", include: ["lib/**/*.restart.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
