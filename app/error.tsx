"use client";

import { UnexpectedError } from "@/components/unexpected-error";

/** An unexpected error in a page: shown inside the app's layout (with the header), in Danish, with the error id. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <UnexpectedError errorId={error.digest} onRetry={reset} />;
}
