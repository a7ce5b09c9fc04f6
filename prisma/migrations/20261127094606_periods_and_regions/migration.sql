-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "populationNote" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ClusterOffice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "leadContribution" INTEGER,
    "nonLeadPool" INTEGER,
    "decisionDueDate" DATETIME,
    "predecessorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClusterOffice_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClusterOffice_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "ClusterOffice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ClusterOffice" ("agreementId", "city", "createdAt", "field", "id", "name", "position", "slug", "updatedAt") SELECT "agreementId", "city", "createdAt", "field", "id", "name", "position", "slug", "updatedAt" FROM "ClusterOffice";
DROP TABLE "ClusterOffice";
ALTER TABLE "new_ClusterOffice" RENAME TO "ClusterOffice";
CREATE UNIQUE INDEX "ClusterOffice_agreementId_slug_key" ON "ClusterOffice"("agreementId", "slug");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "municipalityId" TEXT,
    "officeId" TEXT,
    "regionId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ClusterOffice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "createdAt", "email", "id", "municipalityId", "name", "officeId", "passwordHash", "role", "updatedAt") SELECT "active", "createdAt", "email", "id", "municipalityId", "name", "officeId", "passwordHash", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Data: an installation with one KKR region puts its existing secretariat users in it (issue 12: a secretariat
-- sees only its own region). With several regions the administrator assigns them.
UPDATE "User" SET "regionId" = (SELECT "id" FROM "Region")
WHERE "role" = 'SECRETARIAT' AND "regionId" IS NULL AND (SELECT COUNT(*) FROM "Region") = 1;
