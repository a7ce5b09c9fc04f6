/**
 * `npm run mail:catcher`: the demo's local mail server (started by `npm run demo`). Accepts every message on
 * 127.0.0.1:MAIL_CATCHER_PORT (default 2526) and keeps it in DEMO_MAILBOX_DIR (default ./data/demo-mailbox), where
 * the administrator reads it in the app ("Demopostkasse"). For the demo and tests only — it delivers nothing on.
 */
import { startMailCatcher } from "../lib/mail/mail-catcher";
import { appEnvironment } from "./ops-cli";

appEnvironment();
const port = Number(process.env.MAIL_CATCHER_PORT || 2526);
const dir = process.env.DEMO_MAILBOX_DIR || "./data/demo-mailbox";

startMailCatcher({ port, dir })
  .then((catcher) => {
    process.stdout.write(`Demopostkassen modtager mail på smtp://127.0.0.1:${catcher.port} og gemmer den i ${dir}\n`);
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void catcher.close());
  })
  .catch((error) => {
    process.stderr.write(`Fejl: demopostkassen kunne ikke starte på port ${port}: ${(error as Error).message}\n`);
    process.exit(1);
  });
