export { allocate, type Allocation, type Share, type ThresholdStatus } from "./allocate";
export {
  decisionsByYear,
  decisionCoverage,
  type DecisionCoverage,
  type DecisionRecord,
  type YearlyDecisions,
} from "./decisions-by-year";
export { splitByLargestRemainder } from "./largest-remainder";
export { requiredParticipants, percentToBasisPoints } from "./required-participants";
export {
  scenarioSchema,
  scenarioListSchema,
  formatIssue,
  DECISION_STATES,
  type AllocationScenario,
  type DecisionState,
} from "./scenario-schema";
export {
  allocateAgreement,
  amountFor,
  type AgreementInput,
  type LeadRecord,
  type OfficeYearAllocation,
  type MunicipalityYearState,
  type PayerAmount,
  type UnsettledReason,
} from "./allocate-agreement";
export { shareCeiling } from "./ceiling";
export { noMargin } from "./threshold-margin";
