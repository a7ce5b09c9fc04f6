import { describe, expect, it } from "vitest";
import { isSignInBlocked, MAX_PER_ACCOUNT, MAX_PER_IP, recordFailedSignIn } from "./rate-limit";

describe("sign-in rate limit", () => {
  it("blocks an account after its failures, and only that account", () => {
    for (let i = 0; i < MAX_PER_ACCOUNT; i++) recordFailedSignIn("a@kommune.dk", null);
    expect(isSignInBlocked("a@kommune.dk", null)).toBe(true);
    expect(isSignInBlocked("b@kommune.dk", null)).toBe(false);
  });
  it("blocks an address across accounts when the address is known (behind a trusted proxy)", () => {
    for (let i = 0; i < MAX_PER_IP; i++) recordFailedSignIn(`user${i}@kommune.dk`, "10.9.9.9");
    expect(isSignInBlocked("ny@kommune.dk", "10.9.9.9")).toBe(true);
    expect(isSignInBlocked("ny@kommune.dk", "10.9.9.8")).toBe(false);
    expect(isSignInBlocked("ny@kommune.dk", null)).toBe(false);
  });
  it("forgets failures after the window", () => {
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < MAX_PER_ACCOUNT; i++) recordFailedSignIn("c@kommune.dk", null, start);
    expect(isSignInBlocked("c@kommune.dk", null, start + 14 * 60_000)).toBe(true);
    expect(isSignInBlocked("c@kommune.dk", null, start + 16 * 60_000)).toBe(false);
  });
});
