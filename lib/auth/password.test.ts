import { describe, expect, it } from "vitest";
import { hash as bcryptHash } from "@node-rs/bcrypt";
import { hashPassword, isLegacyHash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with Argon2id and verifies", async () => {
    const hash = await hashPassword("en lang adgangskode");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword("en lang adgangskode", hash)).toEqual({ matches: true, rehash: false });
    expect(await verifyPassword("en anden", hash)).toEqual({ matches: false, rehash: false });
  });

  it("still verifies a bcrypt hash from before, and asks for it to be replaced", async () => {
    const legacy = await bcryptHash("Klynge-2026", 10);
    expect(isLegacyHash(legacy)).toBe(true);
    expect(await verifyPassword("Klynge-2026", legacy)).toEqual({ matches: true, rehash: true });
    expect(await verifyPassword("forkert", legacy)).toEqual({ matches: false, rehash: false });
  });

  it("runs off the event loop: timers keep firing while passwords are checked", async () => {
    const hash = await hashPassword("en lang adgangskode");
    const started = performance.now();
    let last = started;
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 2);
    await Promise.all(Array.from({ length: 8 }, () => verifyPassword("forkert", hash)));
    clearInterval(timer);
    const total = performance.now() - started;
    longestGap = Math.max(longestGap, performance.now() - last);
    // On the main thread the checks would run back to back and the timers could not fire until all were done.
    expect(longestGap).toBeLessThan(total / 2);
  });

  it("treats a malformed stored hash as a non-match, not a crash", async () => {
    expect(await verifyPassword("x", "ikke-en-hash")).toEqual({ matches: false, rehash: false });
  });
});
