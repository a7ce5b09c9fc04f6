-- AlterTable
ALTER TABLE "ShareSnapshot" ADD COLUMN     "note" TEXT;

