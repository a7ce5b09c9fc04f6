/**
 * Once per server start: refuse a production start with an unsafe configuration (lib/security/check-configuration.ts);
 * finish or undo uploads that a crash left half-done (lib/files/upload-store.ts). Every unexpected error of a request
 * is logged as one JSON line with the id the error page shows (onRequestError, app/error.tsx).
 */
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log/log");
  const { configurationProblems, HOW_TO_FIX } = await import("./lib/security/check-configuration");
  const problems = configurationProblems(process.env);
  if (problems.length && process.env.NODE_ENV === "production") {
    log("error", { event: "startup.refused", problems });
    process.stderr.write(
      `\nKlyngeportalen starter ikke:\n${problems.map((p) => `  - ${p}`).join("\n")}\n${HOW_TO_FIX}\n\n`,
    );
    process.exit(1);
  }
  const { createPrismaClient } = await import("./lib/db/create-client");
  const { recoverUploads } = await import("./lib/files/upload-store");
  const db = createPrismaClient();
  try {
    const { moved, removed } = await recoverUploads(db);
    if (moved || removed) log("info", { event: "uploads.recovered", completed: moved, discarded: removed });
  } finally {
    await db.$disconnect();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { log } = await import("./lib/log/log");
  const digest = (error as { digest?: unknown }).digest;
  log("error", {
    event: "request.failed",
    errorId: typeof digest === "string" ? digest : undefined,
    route: context.routePath,
    routeType: context.routeType,
    method: request.method,
    path: request.path.split("?")[0],
    requestId: typeof request.headers["x-request-id"] === "string" ? request.headers["x-request-id"] : undefined,
    error,
  });
};
