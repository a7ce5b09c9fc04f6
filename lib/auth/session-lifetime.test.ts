import { describe, expect, it } from "vitest";
import { SESSION_SECONDS, sessionExpired, sessionSecondsLeft } from "./session-lifetime";

describe("the absolute session lifetime", () => {
  const signedInAt = 1_800_000_000;
  it("counts from the sign-in, however often the session is renewed", () => {
    const oneHourLater = (signedInAt + 3600) * 1000;
    expect(sessionSecondsLeft({ signedInAt }, oneHourLater)).toBe(SESSION_SECONDS - 3600);
    expect(sessionExpired({ signedInAt }, oneHourLater)).toBe(false);
    expect(sessionExpired({ signedInAt }, (signedInAt + SESSION_SECONDS) * 1000)).toBe(true);
  });
  it("treats a token without a sign-in time as ended", () => {
    expect(sessionExpired({}, Date.now())).toBe(true);
  });
});
