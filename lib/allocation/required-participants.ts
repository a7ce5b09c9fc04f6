/**
 * The smallest whole number of participants that is at least the threshold of the eligible ones:
 * ceil(eligible × basisPoints / 10 000), in integer arithmetic so no floating-point error can change it
 * (85 % of 16 → 14, of 15 → 13).
 */
export function requiredParticipants(eligible: number, thresholdBasisPoints: number): number {
  const small = eligible * thresholdBasisPoints + 9999;
  // Exact integer arithmetic in a double when it fits (it always does for real regions): no BigInt (issue 17).
  if (Number.isSafeInteger(eligible) && Number.isSafeInteger(thresholdBasisPoints) && Number.isSafeInteger(small))
    return (small - (small % 10000)) / 10000;
  const numerator = BigInt(eligible) * BigInt(thresholdBasisPoints);
  return Number((numerator + 9999n) / 10000n);
}

/** 85 → 8500, 85.5 → 8550. Callers validate "at most two decimals" first (see scenario-schema.ts). */
export function percentToBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}
