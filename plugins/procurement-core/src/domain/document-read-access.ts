/**
 * Who may read an organization's private documents, at the organization level. Pure.
 *
 * - the owner organization itself (any member the route's policy lets in);
 * - platform staff, everywhere;
 * - a regulator, for organizations of its own province (`region-scope.ts`);
 * - agency staff, for suppliers' documents (they check qualifications in procurements);
 * - nobody else: other suppliers, banks, purchasing units. They get "not found", so that an
 *   outsider cannot even learn that a document id exists; staff outside their scope get
 *   "forbidden" with the reason, as in the organization review routes.
 *
 * Capabilities that grant more (a purchaser reading the response documents of its own
 * procurement, an expert on the evaluation panel) decide that themselves from their own records
 * and then read through the same service method, which audits the read.
 */
import type { OrganizationKind } from "./organization-lifecycle"
import { regionScopeProblem } from "./region-scope"

export type DocumentReaderOrganization = { id: string; kind: OrganizationKind; region_code: string | null }
export type DocumentOwnerOrganization = { id: string; kind: OrganizationKind; region_code: string | null }

export type DocumentReadDecision =
  | { allowed: true }
  | { allowed: false; status: "not_found" | "forbidden"; reason: string }

export function documentReadDecision(input: {
  reader: DocumentReaderOrganization
  owner: DocumentOwnerOrganization
  /** How the record is named in a refusal, e.g. "document doc_…" or "the documents". */
  subject: string
}): DocumentReadDecision {
  const { reader, owner, subject } = input
  if (reader.id === owner.id) return { allowed: true }
  switch (reader.kind) {
    case "platform":
      return { allowed: true }
    case "regulator": {
      const problem = regionScopeProblem({
        actor: { kind: reader.kind, region_code: reader.region_code, id: reader.id },
        target: { id: owner.id, region_code: owner.region_code, label: `${subject} of ${owner.kind} organization ${owner.id}` },
        action: "read",
      })
      return problem ? { allowed: false, status: "forbidden", reason: problem } : { allowed: true }
    }
    case "agency":
      return owner.kind === "supplier"
        ? { allowed: true }
        : {
            allowed: false,
            status: "forbidden",
            reason: `agency organization ${reader.id} may not read ${subject} of ${owner.kind} organization ${owner.id}; agencies read suppliers' documents only`,
          }
    default:
      return { allowed: false, status: "not_found", reason: `${subject} was not found` }
  }
}
