import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROCUREMENT_INBOX_MODULE } from "../../modules/procurement_inbox"
import type ProcurementInboxService from "../../modules/procurement_inbox/service"
import { markInboxMessageReadWorkflow } from "../../workflows/mark-inbox-message-read"
import { INBOX_MESSAGE_FIELDS } from "./query-fields"
import { recipientFromRequest } from "./request-actor"
import type { GetInboxParamsType } from "./inbox-validators"

/** The caller's own inbox (admin users and customers alike), newest first, with unread_count. */
export async function listOwnInbox(
  req: MedusaRequest<unknown, GetInboxParamsType>,
  res: MedusaResponse
) {
  const recipient = recipientFromRequest(req)
  const { unread_only, category } = req.filterableFields
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: messages, metadata } = await query.graph({
    entity: "inbox_message",
    fields: req.queryConfig.fields,
    filters: {
      recipient_actor_type: recipient.actor_type,
      recipient_id: recipient.actor_id,
      ...(unread_only ? { read_at: null } : {}),
      ...(category ? { category } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  const inbox = req.scope.resolve<ProcurementInboxService>(PROCUREMENT_INBOX_MODULE)
  res.json({
    messages,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
    unread_count: await inbox.unreadCount(recipient),
  })
}

/** Marks one of the caller's messages read; someone else's message is 404. */
export async function markOwnMessageRead(req: MedusaRequest, res: MedusaResponse) {
  const recipient = recipientFromRequest(req)
  const { result } = await markInboxMessageReadWorkflow(req.scope).run({
    input: { id: req.params.id, recipient },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [message],
  } = await query.graph({
    entity: "inbox_message",
    fields: INBOX_MESSAGE_FIELDS,
    filters: { id: result.id },
  })
  res.json({ message })
}

export const inboxListQueryConfig = {
  defaults: INBOX_MESSAGE_FIELDS,
  allowed: INBOX_MESSAGE_FIELDS,
  defaultLimit: 20,
  isList: true,
}
