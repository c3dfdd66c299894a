import { Module } from "@medusajs/framework/utils"
import ProcurementAuditService from "./service"

export const PROCUREMENT_AUDIT_MODULE = "procurement_audit"

export default Module(PROCUREMENT_AUDIT_MODULE, {
  service: ProcurementAuditService,
})

export { ProcurementAuditService }
export {
  appendAuditEntries,
  appendAuditEntry,
  prepareAuditEntry,
  type AuditActor,
  type AuditEntry,
  type AuditEntryInput,
  type TransactionalSqlManager,
} from "./append-audit-entry"
