import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueIdentityChallengeStep, type IssueIdentityChallengeStepInput } from "./steps/issue-identity-challenge"

export const issueIdentityChallengeWorkflowId = "issue-identity-challenge"

/** A fresh identity challenge for an active expert (the route checks the expert). */
export const issueIdentityChallengeWorkflow = createWorkflow(issueIdentityChallengeWorkflowId, (input: IssueIdentityChallengeStepInput) => {
  return new WorkflowResponse(issueIdentityChallengeStep(input))
})
