"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A wide table on a narrow screen (issue 16): it scrolls sideways inside its box, its first column stays put (CSS
 * `.scroll-table`, app/globals.css), a line above it says that it scrolls, and — when a column is marked
 * `data-current-column` — it opens scrolled so that column (this year) comes right after the first one. Without
 * JavaScript the table still scrolls and the first column still stays; only the opening position is the start.
 * The box can take keyboard focus, so it can be scrolled with the arrow keys (WCAG 2.1.1).
 * The box is `relative`, as every sideways-scrolling box in the app: otherwise a table's screen-reader-only text
 * (absolutely positioned) escapes the box and makes the whole page scroll sideways at 390 px (WCAG 1.4.10).
 */
export function ScrollTable({ label, hint, children }: { label: string; hint: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  useEffect(() => {
    const element = box.current;
    if (!element || element.scrollWidth <= element.clientWidth) return;
    const current = element.querySelector<HTMLElement>("[data-current-column]");
    const first = element.querySelector<HTMLElement>("tr > :first-child");
    if (!current || !first) return;
    // Whole pixels, rounded down: the column's left edge lands at or just right of the sticky column, never under it.
    const offset = current.getBoundingClientRect().left - first.getBoundingClientRect().right;
    element.scrollLeft = Math.max(0, Math.floor(element.scrollLeft + offset));
  }, []);
  return (
    <div>
      <p id={hintId} className="mb-1 text-sm text-slate-700 sm:hidden" data-testid="scroll-hint">
        <span aria-hidden="true">↔ </span>
        {hint}
      </p>
      <div
        ref={box}
        role="region"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        className="scroll-table relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
      >
        {children}
      </div>
    </div>
  );
}
