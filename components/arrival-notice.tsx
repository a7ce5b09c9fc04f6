"use client";

import { useEffect, useRef } from "react";
import { Notice } from "./form-messages";

/**
 * The answer to what the user did on the page before (a saved decision), shown on the page they land on. The
 * keyboard and screen reader land on it too — after the navigation nothing has focus, so a status that is already
 * there when the page appears would not be read out (WCAG 4.1.3). It is said once: the query parameter that asked
 * for it (`param`) is taken out of the address, so a reload or coming back to the page does not say it again.
 */
export function ArrivalNotice({ param, children }: { param: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const url = new URL(window.location.href);
    if (!url.searchParams.has(param)) return;
    url.searchParams.delete(param);
    // Next keeps its router in step with the browser's history API (no new request, the page stays as it is).
    window.history.replaceState(null, "", url);
  }, [param]);
  return (
    <Notice focusAfterAnswer ref={ref}>
      {children}
    </Notice>
  );
}
