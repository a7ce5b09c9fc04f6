/**
 * Structured logging: one JSON line per event on stdout/stderr, for an operator's log collector.
 * Never personal data beyond the user id, never secrets: callers pass ids and names of things, not form values.
 * LOG_LEVEL (debug | info | warn | error, default info) filters what is written.
 */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

export type LogFields = {
  event: string;
  errorId?: string;
  requestId?: string;
  route?: string;
  userId?: string;
  durationMs?: number;
  error?: unknown;
  [key: string]: unknown;
};

function threshold(): number {
  const configured = process.env.LOG_LEVEL as LogLevel | undefined;
  return LEVELS[configured && configured in LEVELS ? configured : "info"];
}

function describeError(error: unknown) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: typeof error, message: String(error) };
}

export function log(level: LogLevel, fields: LogFields) {
  if (LEVELS[level] < threshold()) return;
  const { error, ...rest } = fields;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    ...rest,
    ...(error === undefined ? {} : { error: describeError(error) }),
  });
  if (level === "error" || level === "warn") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}

/** A short id a user can read out on the phone: 8 characters, no look-alikes. */
export function newErrorId(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}
