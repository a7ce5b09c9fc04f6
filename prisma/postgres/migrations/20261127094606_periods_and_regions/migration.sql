-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "populationNote" TEXT;

-- AlterTable
ALTER TABLE "ClusterOffice" ADD COLUMN     "decisionDueDate" TIMESTAMP(3),
ADD COLUMN     "leadContribution" INTEGER,
ADD COLUMN     "nonLeadPool" INTEGER,
ADD COLUMN     "predecessorId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "regionId" TEXT;

-- AddForeignKey
ALTER TABLE "ClusterOffice" ADD CONSTRAINT "ClusterOffice_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "ClusterOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data: an installation with one KKR region puts its existing secretariat users in it (issue 12: a secretariat
-- sees only its own region). With several regions the administrator assigns them.
UPDATE "User" SET "regionId" = (SELECT "id" FROM "Region")
WHERE "role" = 'SECRETARIAT' AND "regionId" IS NULL AND (SELECT COUNT(*) FROM "Region") = 1;
