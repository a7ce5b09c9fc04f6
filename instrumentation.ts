/**
 * Once per server start (Node.js runtime): refuse a production start with an unsafe configuration, and finish or
 * undo uploads that a crash left half-done; for every unexpected request error, one JSON log line with the id the
 * Danish error page shows. The work is in lib/ops/instrumentation-node.ts.
 */
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./lib/ops/instrumentation-node")).registerNode();
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === "nodejs")
    await (await import("./lib/ops/instrumentation-node")).logRequestError(...args);
};
