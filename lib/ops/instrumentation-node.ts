/**
 * What instrumentation.ts runs in the Node.js runtime (kept apart so the edge bundle never sees process.exit):
 * refuse a production start with an unsafe configuration, finish or undo half-done uploads, log every request as one
 * JSON line (lib/ops/request-log.ts), and every unexpected request error as one JSON line with the id the error
 * page shows (app/error.tsx).
 */
import type { Instrumentation } from "next";
import { log } from "../log/log";
import { configurationProblems, HOW_TO_FIX } from "../security/check-configuration";
import { createPrismaClient } from "../db/create-client";
import { recoverUploads } from "../files/upload-store";
import { installRequestLog } from "./request-log";

export async function registerNode() {
  installRequestLog();
  const problems = configurationProblems(process.env);
  if (problems.length && process.env.NODE_ENV === "production") {
    log("error", { event: "startup.refused", problems });
    process.stderr.write(
      `\nKlyngeportalen starter ikke:\n${problems.map((p) => `  - ${p}`).join("\n")}\n${HOW_TO_FIX}\n\n`,
    );
    process.exit(1);
  }
  const db = createPrismaClient();
  try {
    const { moved, removed } = await recoverUploads(db);
    if (moved || removed) log("info", { event: "uploads.recovered", completed: moved, discarded: removed });
  } finally {
    await db.$disconnect();
  }
}

export const logRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const digest = (error as { digest?: unknown }).digest;
  const requestId = request.headers["x-request-id"];
  log("error", {
    event: "request.failed",
    errorId: typeof digest === "string" ? digest : undefined,
    route: context.routePath,
    routeType: context.routeType,
    method: request.method,
    path: request.path.split("?")[0],
    requestId: typeof requestId === "string" ? requestId : undefined,
    error,
  });
};
