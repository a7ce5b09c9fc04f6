-- AlterTable
ALTER TABLE "User" ADD COLUMN "anonymisedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "deactivatedAt" DATETIME;


-- Users deactivated before this migration: the time of their last deactivation in the audit, else their last change.
UPDATE "User" SET "deactivatedAt" = COALESCE(
  (SELECT MAX(a."createdAt") FROM "AuditEvent" a
    WHERE a."entityType" = 'User' AND a."entityId" = "User"."id" AND a."action" = 'user.deactivated'),
  "updatedAt")
WHERE "active" = false;
