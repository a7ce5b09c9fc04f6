import { describe, expect, it } from "vitest";
import { LIMITS, retryTime } from "./sign-in-limiter";
import { signInErrorMessage, rateLimitedCode } from "./sign-in-schema";

describe("the sign-in limiter's waits", () => {
  const last = new Date("2026-11-27T09:00:00Z");
  const wait = (kind: "account" | "address", failures: number) => {
    const at = retryTime(kind, failures, last);
    return at ? (at.getTime() - last.getTime()) / 1000 : 0;
  };

  it("lets the first failures through, then doubles the wait up to a cap (a slowdown, never a lock-out)", () => {
    const free = LIMITS.account.free;
    expect(
      [free - 1, free, free + 1, free + 2, free + 3, free + 4, free + 5, free + 50].map((n) => wait("account", n)),
    ).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
    expect(wait("address", LIMITS.address.free - 1)).toBe(0);
    expect(wait("address", LIMITS.address.free)).toBe(10);
  });

  it("tells the user in Danish when to try again", () => {
    const now = new Date("2026-11-27T09:00:00Z"); // 10:00 in Copenhagen
    expect(signInErrorMessage(rateLimitedCode(9.2), now)).toBe(
      "For mange forsøg. Prøv igen om 10 sekunder (kl. 10.00.10).",
    );
    expect(signInErrorMessage("RateLimited:300", now)).toBe(
      "For mange forsøg. Prøv igen om 5 minutter (kl. 10.05.00).",
    );
    expect(signInErrorMessage("RateLimited:1", now)).toBe("For mange forsøg. Prøv igen om 1 sekund (kl. 10.00.01).");
    expect(signInErrorMessage("CredentialsSignin")).toBe("Forkert e-mail eller adgangskode.");
    expect(signInErrorMessage("toString")).toBe("Login mislykkedes. Prøv igen.");
  });
});
