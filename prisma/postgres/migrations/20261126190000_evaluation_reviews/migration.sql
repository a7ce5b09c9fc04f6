-- CreateTable
CREATE TABLE "EvaluationReview" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "comment" TEXT,
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvaluationReview_reportId_idx" ON "EvaluationReview"("reportId");

-- AddForeignKey
ALTER TABLE "EvaluationReview" ADD CONSTRAINT "EvaluationReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "EvaluationReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReview" ADD CONSTRAINT "EvaluationReview_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "EvaluationSubmission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReview" ADD CONSTRAINT "EvaluationReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

