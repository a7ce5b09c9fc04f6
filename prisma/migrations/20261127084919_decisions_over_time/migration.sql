-- DropIndex
DROP INDEX "OfficeLead_officeId_municipalityId_key";

-- AlterTable
ALTER TABLE "OfficeLead" ADD COLUMN "fromYear" INTEGER;
ALTER TABLE "OfficeLead" ADD COLUMN "toYear" INTEGER;

-- CreateTable
CREATE TABLE "PageVisit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL,
    "baselineAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PageVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PageVisit_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CouncilDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "effectiveFromYear" INTEGER NOT NULL,
    "effectiveToYear" INTEGER,
    "councilBody" TEXT NOT NULL,
    "meetingDate" DATETIME NOT NULL,
    "caseReference" TEXT NOT NULL,
    "minutesUrl" TEXT,
    "note" TEXT,
    "correctionReason" TEXT,
    "minutesAttachmentId" TEXT,
    "batchId" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedOnBehalf" BOOLEAN NOT NULL DEFAULT false,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correctsId" TEXT,
    "approvedAmountPerYear" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CouncilDecision_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CouncilDecision_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ClusterOffice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CouncilDecision_minutesAttachmentId_fkey" FOREIGN KEY ("minutesAttachmentId") REFERENCES "Attachment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CouncilDecision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CouncilDecision_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "CouncilDecision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CouncilDecision" ("batchId", "caseReference", "correctionReason", "councilBody", "createdAt", "decision", "effectiveFromYear", "effectiveToYear", "id", "meetingDate", "minutesAttachmentId", "minutesUrl", "municipalityId", "note", "officeId", "recordedAt", "recordedById", "recordedOnBehalf", "updatedAt") SELECT "batchId", "caseReference", "correctionReason", "councilBody", "createdAt", "decision", "effectiveFromYear", "effectiveToYear", "id", "meetingDate", "minutesAttachmentId", "minutesUrl", "municipalityId", "note", "officeId", "recordedAt", "recordedById", "recordedOnBehalf", "updatedAt" FROM "CouncilDecision";
DROP TABLE "CouncilDecision";
ALTER TABLE "new_CouncilDecision" RENAME TO "CouncilDecision";
CREATE UNIQUE INDEX "CouncilDecision_correctsId_key" ON "CouncilDecision"("correctsId");
CREATE INDEX "CouncilDecision_municipalityId_officeId_idx" ON "CouncilDecision"("municipalityId", "officeId");
CREATE INDEX "CouncilDecision_officeId_idx" ON "CouncilDecision"("officeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PageVisit_userId_municipalityId_key" ON "PageVisit"("userId", "municipalityId");

-- CreateIndex
CREATE INDEX "OfficeLead_officeId_idx" ON "OfficeLead"("officeId");

-- CreateIndex
CREATE INDEX "OfficeLead_municipalityId_idx" ON "OfficeLead"("municipalityId");

