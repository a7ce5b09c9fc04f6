/**
 * Tests: the health check's log lines (JSON on stderr, lib/log/log.ts) as the sentence an operator reads,
 * "Sundhedstjek: utilgængelig (…)", while nothing is written.
 */
import { vi } from "vitest";

export function spyOnHealthLog() {
  const spy = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  return {
    lines: () =>
      spy.mock.calls
        .map((call) => String(call[0]))
        .flatMap((text) => text.split("\n").filter(Boolean))
        .map((line) => JSON.parse(line) as { event?: string; detail?: string })
        .filter((entry) => entry.event === "health.unavailable")
        .map((entry) => `Sundhedstjek: utilgængelig (${entry.detail})`),
    mockRestore: () => spy.mockRestore(),
  };
}
