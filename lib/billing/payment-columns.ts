/** The payments file's columns, in order, as its header line names them (lib/billing/payments-file.ts). */
export const PAYMENT_COLUMN_LABELS = {
  municipalityCode: "Kommunekode",
  office: "Klyngekontor",
  year: "År",
  reference: "Fakturanummer",
  invoiceDate: "Fakturadato",
  dueDate: "Forfaldsdato",
  amount: "Betalt beløb",
  paidDate: "Betalingsdato",
} as const;

export const PAYMENT_COLUMNS = Object.values(PAYMENT_COLUMN_LABELS);
