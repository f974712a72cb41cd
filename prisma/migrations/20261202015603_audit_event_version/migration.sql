-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
