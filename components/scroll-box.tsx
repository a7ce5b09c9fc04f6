"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A box that lets a wide table scroll sideways on a narrow screen. When it does scroll, it can take keyboard focus
 * (so the arrow keys scroll it, WCAG 2.1.1; axe's scrollable-region-focusable) and is a region named by its table's
 * caption; when everything fits it is a plain box, not a tab stop that does nothing. ScrollTable
 * (components/scroll-table.tsx) is the big tables' version, with a line saying that it scrolls and a sticky column.
 */
export function ScrollBox({ className, children }: { className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () =>
      setLabel(
        element.scrollWidth > element.clientWidth
          ? element.querySelector("caption")?.textContent?.trim() || "Tabel, der kan rulles til siden"
          : null,
      );
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={`relative overflow-x-auto ${className ?? ""}`}
      {...(label ? { role: "region", "aria-label": label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
