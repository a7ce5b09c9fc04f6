-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "dataVersion" INTEGER NOT NULL DEFAULT 0;

