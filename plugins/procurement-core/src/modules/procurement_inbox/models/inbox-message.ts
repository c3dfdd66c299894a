import { model } from "@medusajs/framework/utils"

/**
 * A message in one actor's notification inbox. Medusa's Notification module sends but keeps no
 * read state, hence this model.
 */
const InboxMessage = model
  .define("inbox_message", {
    id: model.id({ prefix: "inbox" }).primaryKey(),
    /** Auth actor type of the recipient: "user", "customer", "supplier", "expert", "bank" … */
    recipient_actor_type: model.text(),
    /** Actor id of the recipient (the id in `auth_context.actor_id`). */
    recipient_id: model.text(),
    title: model.text(),
    body: model.text(),
    /** Where the message points to in the UI, e.g. "/announcements/ann_…". */
    link: model.text().nullable(),
    /** e.g. "announcement", "deadline", "contract", "system". */
    category: model.text(),
    read_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["recipient_actor_type", "recipient_id", "read_at"] }])

export default InboxMessage
