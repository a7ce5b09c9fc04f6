import { describe, expect, it } from "vitest";
import { withHtmlKey, writtenOnce } from "./written-once";

describe("HTML written once per kept data (server)", () => {
  it("writes kept data once, even when it arrives as a fresh copy on every render", () => {
    let writes = 0;
    const write = (data: { rows: string[] }) => (writes++, `<p>${data.rows.join(",")}</p>`);
    const kept = withHtmlKey({ rows: ["Faxe", "Køge"] });
    // As through the RSC payload: a structurally equal copy each time, with the same key.
    expect(writtenOnce(structuredClone(kept), write)).toBe("<p>Faxe,Køge</p>");
    expect(writtenOnce(structuredClone(kept), write)).toBe("<p>Faxe,Køge</p>");
    expect(writes).toBe(1);
    // New data (after a save) has a new key: written anew, never the old HTML.
    const next = withHtmlKey({ rows: ["Faxe"] });
    expect(next.htmlKey).not.toBe(kept.htmlKey);
    expect(writtenOnce(next, write)).toBe("<p>Faxe</p>");
    expect(writes).toBe(2);
  });

  it("writes data without a key (a user's own marked copy) every time", () => {
    let writes = 0;
    const data: { rows: string[]; htmlKey?: string } = { rows: ["Stevns"] };
    writtenOnce(data, () => (writes++, ""));
    writtenOnce(data, () => (writes++, ""));
    expect(writes).toBe(2);
  });

  it("keeps a bounded number: the oldest is written again once many others came after it", () => {
    let writes = 0;
    const write = () => (writes++, "x");
    const first = withHtmlKey({});
    writtenOnce(first, write);
    for (let i = 0; i < 64; i++) writtenOnce(withHtmlKey({}), write);
    writes = 0;
    writtenOnce(first, write);
    expect(writes).toBe(1);
  });
});
