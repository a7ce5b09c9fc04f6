"use client";

import { useEffect, useMemo, useRef } from "react";
import { matrixHtml, type MatrixData } from "@/lib/secretariat/matrix-html";
import { officeCardsHtml, type OfficeCardData } from "@/lib/secretariat/office-cards-html";
import { writtenOnce } from "@/lib/html/written-once";

/*
 * The overview's two large parts, written as HTML text from their data (lib/secretariat/*-html.ts): on the server
 * for the page's HTML, and in the browser from the same data for hydration and client-side navigation — so their
 * markup is not also sent in the RSC payload (issue 17, docs/decisions/0019-speed-at-the-floor.md). Every value in
 * them is escaped by the writers. On the server the matrix is written once per kept data (lib/html/written-once.ts).
 */

export function MatrixTable({ data }: { data: MatrixData & { htmlKey?: string } }) {
  const html = useMemo(() => writtenOnce(data, matrixHtml), [data]);
  const box = useRef<HTMLDivElement>(null);
  useDismissibleTooltips(box);
  return <div ref={box} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function OfficeCards({ cards }: { cards: OfficeCardData[] }) {
  const html = useMemo(() => officeCardsHtml(cards), [cards]);
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * A decision cell's tooltip can be dismissed with Escape without moving the pointer or the focus (WCAG 1.4.13): the
 * cell gets `data-dismissed` (app/globals.css hides its note) until the pointer leaves it or the focus moves on.
 */
function useDismissibleTooltips(box: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const cells = "td > span[tabindex]";
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      for (const cell of element.querySelectorAll<HTMLElement>(`${cells}:hover, ${cells}:focus`))
        cell.dataset.dismissed = "";
    };
    // Leaving the cell (not moving within it) shows its note again next time.
    const reset = (event: MouseEvent | FocusEvent) => {
      const cell = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(cells) : null;
      if (cell && !(event.relatedTarget instanceof Node && cell.contains(event.relatedTarget)))
        delete cell.dataset.dismissed;
    };
    document.addEventListener("keydown", onKey);
    element.addEventListener("mouseout", reset);
    element.addEventListener("focusout", reset);
    return () => {
      document.removeEventListener("keydown", onKey);
      element.removeEventListener("mouseout", reset);
      element.removeEventListener("focusout", reset);
    };
  }, [box]);
}
