"use client";

import { useEffect, useRef } from "react";
import { Notice } from "./form-messages";

/**
 * The answer to what the user did on the page before (a saved decision): the page they land on says it, and the
 * keyboard and screen reader land on it too — after the navigation nothing has focus, so a status that is already
 * there when the page appears would not be read out (WCAG 4.1.3).
 */
export function ArrivalNotice({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Notice focusAfterAnswer ref={ref}>
      {children}
    </Notice>
  );
}
