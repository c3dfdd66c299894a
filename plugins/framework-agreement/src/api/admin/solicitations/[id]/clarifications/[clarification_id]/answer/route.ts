import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerClarificationWorkflow } from "../../../../../../../workflows/clarifications"
import { publicClarificationView } from "../../../../../../utils/views"
import { adminActors, refetchAdminSolicitation } from "../../../../helpers"

/** The solicitor's public answer; `changes_documents: true` may extend the response deadline. */
export const POST = async (req: MedusaRequest<{ answer: string; changes_documents: boolean }>, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  const { result } = await answerClarificationWorkflow(req.scope).run({
    input: {
      solicitation_id: req.params.id,
      clarification_id: req.params.clarification_id,
      answer: req.validatedBody.answer,
      changes_documents: req.validatedBody.changes_documents,
      actor,
      caller,
    },
  })
  res.json({
    clarification: publicClarificationView(result.clarification),
    deadline_extended: result.deadline_extended,
    solicitation: await refetchAdminSolicitation(req, req.params.id),
  })
}
