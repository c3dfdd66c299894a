import { authenticate, defineMiddlewares, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedSupplier, requirePurchasingUnit } from "./policies"
import {
  ApplyBody,
  GenerateAgreementsBody,
  LeaveBody,
  ListAgreements,
  ListOwnAgreements,
  RemoveBody,
  ReviewApplicationBody,
  SignatureBody,
} from "./utils/agreement-validators"
import { AdminCreateSolicitation, AdminUpdateSolicitation } from "./utils/plan-schema"
import { OpenResponseBody, PayDepositBody, ReplaceResponseBody, SubmitResponseBody } from "./utils/response-validators"
import { validateQuery } from "./utils/validate-query"
import {
  AdminListReviews,
  AdminListSolicitations,
  AnswerBody,
  AskBody,
  CancelBody,
  EmptyBody,
  NoQuery,
  PublicListSolicitations,
  ReturnBody,
  ReviewNote,
  SupplierListSolicitations,
} from "./utils/validators"

/*
 * Validation only for /admin (who may call is procurement-core's access table; which record,
 * the workflows' scope steps). /supplier* gets CORS from procurement-core's actorCors.
 */
const admin: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/solicitations", middlewares: [validateQuery(AdminListSolicitations)] },
  { methods: ["POST"], matcher: "/admin/solicitations", middlewares: [validateAndTransformBody(AdminCreateSolicitation)] },
  { methods: ["GET"], matcher: "/admin/solicitations/:id", middlewares: [validateQuery(NoQuery)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id", middlewares: [validateAndTransformBody(AdminUpdateSolicitation as never)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id/submit", middlewares: [validateAndTransformBody(EmptyBody)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id/publish", middlewares: [validateAndTransformBody(EmptyBody)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id/cancel", middlewares: [validateAndTransformBody(CancelBody)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id/approve", middlewares: [validateAndTransformBody(ReviewNote)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id/file", middlewares: [validateAndTransformBody(ReviewNote)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id/return", middlewares: [validateAndTransformBody(ReturnBody)] },
  { methods: ["GET"], matcher: "/admin/solicitations/:id/clarifications", middlewares: [validateQuery(NoQuery)] },
  {
    methods: ["POST"],
    matcher: "/admin/solicitations/:id/clarifications/:clarification_id/answer",
    middlewares: [validateAndTransformBody(AnswerBody)],
  },
  { methods: ["GET"], matcher: "/admin/solicitation-reviews", middlewares: [validateQuery(AdminListReviews)] },
  { methods: ["GET"], matcher: "/admin/framework-agreements", middlewares: [validateQuery(ListAgreements)] },
  { methods: ["POST"], matcher: "/admin/framework-agreements", middlewares: [validateAndTransformBody(GenerateAgreementsBody)] },
  { methods: ["GET"], matcher: "/admin/framework-agreements/:id", middlewares: [validateQuery(NoQuery)] },
  { methods: ["POST"], matcher: "/admin/framework-agreements/:id/sign", middlewares: [validateAndTransformBody(SignatureBody)] },
  { methods: ["POST"], matcher: "/admin/framework-agreements/:id/file", middlewares: [validateAndTransformBody(EmptyBody)] },
  { methods: ["POST"], matcher: "/admin/framework-agreements/:id/acknowledge-filing", middlewares: [validateAndTransformBody(EmptyBody)] },
  {
    methods: ["POST"],
    matcher: "/admin/framework-agreements/:id/memberships/:membership_id/review",
    middlewares: [validateAndTransformBody(ReviewApplicationBody as never)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/framework-agreements/:id/memberships/:membership_id/remove",
    middlewares: [validateAndTransformBody(RemoveBody)],
  },
  { methods: ["GET"], matcher: "/admin/solicitations/:id/responses", middlewares: [validateQuery(NoQuery)] },
  { methods: ["GET"], matcher: "/admin/solicitations/:id/opening", middlewares: [validateQuery(NoQuery)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id/open", middlewares: [validateAndTransformBody(EmptyBody)] },
  { methods: ["POST"], matcher: "/admin/solicitations/:id/opening/close", middlewares: [validateAndTransformBody(EmptyBody)] },
]

const publicRoutes: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/solicitations", middlewares: [validateQuery(PublicListSolicitations)] },
  { methods: ["GET"], matcher: "/store/solicitations/:id", middlewares: [validateQuery(NoQuery)] },
]

const supplier: MiddlewareRoute[] = [
  {
    matcher: "/supplier/solicitations*",
    middlewares: [authenticate("supplier", ["bearer", "session"]), requireApprovedSupplier as never],
  },
  { methods: ["GET"], matcher: "/supplier/solicitations", middlewares: [validateQuery(SupplierListSolicitations)] },
  { methods: ["POST"], matcher: "/supplier/solicitations/:id/clarifications", middlewares: [validateAndTransformBody(AskBody)] },
  {
    matcher: "/supplier/framework-agreements*",
    middlewares: [authenticate("supplier", ["bearer", "session"]), requireApprovedSupplier as never],
  },
  { methods: ["GET"], matcher: "/supplier/framework-agreements", middlewares: [validateQuery(ListOwnAgreements)] },
  { methods: ["GET"], matcher: "/supplier/framework-agreements/:id", middlewares: [validateQuery(NoQuery)] },
  { methods: ["POST"], matcher: "/supplier/framework-agreements/:id/sign", middlewares: [validateAndTransformBody(SignatureBody)] },
  { methods: ["POST"], matcher: "/supplier/framework-agreements/:id/apply", middlewares: [validateAndTransformBody(ApplyBody)] },
  {
    methods: ["POST"],
    matcher: "/supplier/framework-agreements/:id/memberships/:membership_id/leave",
    middlewares: [validateAndTransformBody(LeaveBody)],
  },
  { methods: ["GET"], matcher: "/supplier/solicitations/:id/responses", middlewares: [validateQuery(NoQuery)] },
  { methods: ["POST"], matcher: "/supplier/solicitations/:id/responses", middlewares: [validateAndTransformBody(SubmitResponseBody)] },
  {
    methods: ["POST"],
    matcher: "/supplier/solicitations/:id/responses/:response_id/replace",
    middlewares: [validateAndTransformBody(ReplaceResponseBody)],
  },
  { methods: ["POST"], matcher: "/supplier/solicitations/:id/responses/:response_id/withdraw", middlewares: [validateAndTransformBody(EmptyBody)] },
  { methods: ["POST"], matcher: "/supplier/solicitations/:id/responses/:response_id/open", middlewares: [validateAndTransformBody(OpenResponseBody)] },
  { methods: ["POST"], matcher: "/supplier/solicitations/:id/deposits", middlewares: [validateAndTransformBody(PayDepositBody)] },
]

const purchaser: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/framework-agreements",
    middlewares: [authenticate("customer", ["bearer", "session"]), requirePurchasingUnit as never, validateQuery(ListOwnAgreements)],
  },
]

export default defineMiddlewares({ routes: [...admin, ...publicRoutes, ...supplier, ...purchaser] })
