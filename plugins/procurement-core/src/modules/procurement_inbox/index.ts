import { Module } from "@medusajs/framework/utils"
import ProcurementInboxService from "./service"

export const PROCUREMENT_INBOX_MODULE = "procurement_inbox"

export default Module(PROCUREMENT_INBOX_MODULE, {
  service: ProcurementInboxService,
})

export { ProcurementInboxService }
export type {
  InboxListOptions,
  InboxMessageDTO,
  InboxRecipient,
  SendInboxMessageInput,
} from "./service"
