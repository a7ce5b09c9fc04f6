"use client";

export function PrintButton({ label = "Udskriv / gem som PDF" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
