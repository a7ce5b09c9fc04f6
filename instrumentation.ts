/** Once per server start: finish or undo uploads that a crash left half-done (lib/files/upload-store.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { createPrismaClient } = await import("./lib/db/create-client");
  const { recoverUploads } = await import("./lib/files/upload-store");
  const { log } = await import("./lib/log/log");
  const db = createPrismaClient();
  try {
    const { moved, removed } = await recoverUploads(db);
    if (moved || removed) log("info", { event: "uploads.recovered", completed: moved, discarded: removed });
  } finally {
    await db.$disconnect();
  }
}
