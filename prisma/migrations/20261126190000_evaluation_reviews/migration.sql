-- CreateTable
CREATE TABLE "EvaluationReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "comment" TEXT,
    "reviewerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EvaluationReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "EvaluationReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvaluationReview_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "EvaluationSubmission" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvaluationReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EvaluationReview_reportId_idx" ON "EvaluationReview"("reportId");

