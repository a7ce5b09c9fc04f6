import { describe, expect, it } from "vitest";
import { bodyTooLarge, MAX_REQUEST_BYTES } from "./request-limit";
import { MAX_UPLOAD_BYTES } from "./check-upload";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require("../../next.config.js");

describe("the request size limit", () => {
  it("is Next's own limit too, with room for the 20 MB files (so a body is never cut off before the proxy sees it)", () => {
    expect(nextConfig.experimental.serverActions.bodySizeLimit).toBe(MAX_REQUEST_BYTES);
    expect(nextConfig.experimental.proxyClientMaxBodySize).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(MAX_REQUEST_BYTES).toBeGreaterThan(MAX_UPLOAD_BYTES);
  });

  it("refuses by the declared length, or by counting a body sent without one", async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
    expect(await bodyTooLarge(post("x", { "content-length": String(MAX_REQUEST_BYTES + 1) }))).toBe(true);
    expect(await bodyTooLarge(post("x", { "content-length": "1" }))).toBe(false);
    const chunks = (count: number) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < count; i++) controller.enqueue(new Uint8Array(1024));
          controller.close();
        },
      });
    expect(await bodyTooLarge(post(chunks(11)), 10 * 1024)).toBe(true);
    expect(await bodyTooLarge(post(chunks(10)), 10 * 1024)).toBe(false);
  });
});
