"use client";

import { useMemo } from "react";
import { matrixHtml, type MatrixData } from "@/lib/secretariat/matrix-html";
import { officeCardsHtml, type OfficeCardData } from "@/lib/secretariat/office-cards-html";

/*
 * The overview's two large parts, written as HTML text from their data (lib/secretariat/*-html.ts): on the server
 * for the page's HTML, and in the browser from the same data for hydration and client-side navigation — so their
 * markup is not also sent in the RSC payload (issue 17, docs/decisions/0019-speed-at-the-floor.md). Every value in
 * them is escaped by the writers.
 */

export function MatrixTable({ data }: { data: MatrixData }) {
  const html = useMemo(() => matrixHtml(data), [data]);
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

export function OfficeCards({ cards }: { cards: OfficeCardData[] }) {
  const html = useMemo(() => officeCardsHtml(cards), [cards]);
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
