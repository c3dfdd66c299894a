import { Module } from "@medusajs/framework/utils"
import ProcurementAnnouncementService from "./service"

export const PROCUREMENT_ANNOUNCEMENT_MODULE = "procurement_announcement"

export default Module(PROCUREMENT_ANNOUNCEMENT_MODULE, {
  service: ProcurementAnnouncementService,
})

export { ProcurementAnnouncementService }
export { announcementAuditState } from "./service"
export type {
  AnnouncementDTO,
  AnnouncementTransitionState,
  CreateAnnouncementInput,
} from "./service"
