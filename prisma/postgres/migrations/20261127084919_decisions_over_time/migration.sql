-- DropForeignKey
ALTER TABLE "CouncilDecision" DROP CONSTRAINT "CouncilDecision_supersededById_fkey";

-- DropIndex
DROP INDEX "CouncilDecision_supersededById_key";

-- DropIndex
DROP INDEX "OfficeLead_officeId_municipalityId_key";

-- AlterTable
ALTER TABLE "CouncilDecision" DROP COLUMN "supersededById",
ADD COLUMN     "approvedAmountPerYear" INTEGER,
ADD COLUMN     "correctsId" TEXT;

-- AlterTable
ALTER TABLE "OfficeLead" ADD COLUMN     "fromYear" INTEGER,
ADD COLUMN     "toYear" INTEGER;

-- CreateTable
CREATE TABLE "PageVisit" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,
    "baselineAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PageVisit_userId_municipalityId_key" ON "PageVisit"("userId", "municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilDecision_correctsId_key" ON "CouncilDecision"("correctsId");

-- CreateIndex
CREATE INDEX "OfficeLead_officeId_idx" ON "OfficeLead"("officeId");

-- CreateIndex
CREATE INDEX "OfficeLead_municipalityId_idx" ON "OfficeLead"("municipalityId");

-- AddForeignKey
ALTER TABLE "CouncilDecision" ADD CONSTRAINT "CouncilDecision_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "CouncilDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageVisit" ADD CONSTRAINT "PageVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageVisit" ADD CONSTRAINT "PageVisit_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

