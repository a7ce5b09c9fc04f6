-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "firstYear" INTEGER NOT NULL,
    "lastYear" INTEGER NOT NULL,
    "leadContribution" INTEGER NOT NULL,
    "nonLeadPool" INTEGER NOT NULL,
    "thresholdBasisPoints" INTEGER NOT NULL,
    "populationBasisDate" DATETIME NOT NULL,
    "decisionDueDate" DATETIME,
    "dataVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("createdAt", "decisionDueDate", "firstYear", "id", "lastYear", "leadContribution", "name", "nonLeadPool", "populationBasisDate", "regionId", "thresholdBasisPoints", "updatedAt") SELECT "createdAt", "decisionDueDate", "firstYear", "id", "lastYear", "leadContribution", "name", "nonLeadPool", "populationBasisDate", "regionId", "thresholdBasisPoints", "updatedAt" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE INDEX "Agreement_regionId_idx" ON "Agreement"("regionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

