import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { DecisionDeadlineNote } from "./decision-deadline-note";

const text = (offices: { name: string; deadline: Date | null }[], today: string) =>
  renderToStaticMarkup(<DecisionDeadlineNote offices={offices} today={new Date(today)} />).replace(/<[^>]+>/g, "");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the decision deadline on the municipality's pages", () => {
  it("says which offices are due by when, in Danish, and that a passed deadline is overdue", () => {
    const offices = [
      { name: "We Build Denmark", deadline: day("2025-03-31") },
      { name: "CLEAN", deadline: day("2025-03-31") },
      { name: "Life Science", deadline: day("2025-01-31") },
      { name: "Food & Bio", deadline: null },
    ];
    expect(text(offices, "2025-02-20T09:00:00+01:00")).toBe(
      "⚠ Fristen for beslutningen om Life Science var 31. januar 2025 og er overskredet. " +
        "Beslutningen om We Build Denmark og CLEAN skal registreres senest 31. marts 2025.",
    );
    // On the day itself it is not yet overdue (Danish days).
    expect(text(offices.slice(2, 3), "2025-01-31T22:30:00Z")).toBe(
      "Beslutningen om Life Science skal registreres senest 31. januar 2025.",
    );
  });

  it("shows nothing when no office has a deadline", () => {
    expect(
      renderToStaticMarkup(<DecisionDeadlineNote offices={[{ name: "CLEAN", deadline: null }]} today={new Date()} />),
    ).toBe("");
  });
});
