-- AlterTable
ALTER TABLE "CouncilDecision" ADD COLUMN "closedYearReason" TEXT;

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN "cvr" TEXT;
ALTER TABLE "Municipality" ADD COLUMN "ean" TEXT;

-- CreateTable
CREATE TABLE "YearClosing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "officeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "closedAt" DATETIME NOT NULL,
    "closedById" TEXT NOT NULL,
    "reason" TEXT,
    "unsettled" TEXT,
    "reopenedAt" DATETIME,
    "reopenedById" TEXT,
    "reopenReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "YearClosing_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ClusterOffice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "YearClosing_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "YearClosing_reopenedById_fkey" FOREIGN KEY ("reopenedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "closingId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "amount" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "InvoiceLine_closingId_fkey" FOREIGN KEY ("closingId") REFERENCES "YearClosing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InvoiceLine_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InvoiceLine_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "invoiceDate" DATETIME NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Invoice_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ClusterOffice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "invoiceId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "paidDate" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "YearClosing_officeId_year_round_key" ON "YearClosing"("officeId", "year", "round");

-- CreateIndex
CREATE INDEX "InvoiceLine_closingId_idx" ON "InvoiceLine"("closingId");

-- CreateIndex
CREATE INDEX "InvoiceLine_municipalityId_idx" ON "InvoiceLine"("municipalityId");

-- CreateIndex
CREATE INDEX "Invoice_municipalityId_idx" ON "Invoice"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_officeId_year_municipalityId_reference_key" ON "Invoice"("officeId", "year", "municipalityId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_invoiceId_paidDate_amount_key" ON "Payment"("invoiceId", "paidDate", "amount");

