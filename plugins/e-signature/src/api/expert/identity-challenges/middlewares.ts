import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireActiveExpert } from "../../utils/active-expert"
import { AnswerIdentityChallenge, IssueIdentityChallenge } from "./validators"

const AUTH_TYPES: ("bearer" | "session")[] = ["bearer", "session"]

/** Expert identity verification by certificate (CORS for /expert: procurement-core's actorCors). */
export const expertIdentityChallengeMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/expert/identity-challenges",
    middlewares: [authenticate("expert", AUTH_TYPES), requireActiveExpert("verify their identity"), validateAndTransformBody(IssueIdentityChallenge)],
  },
  {
    methods: ["POST"],
    matcher: "/expert/identity-challenges/:id/answer",
    middlewares: [authenticate("expert", AUTH_TYPES), requireActiveExpert("verify their identity"), validateAndTransformBody(AnswerIdentityChallenge)],
  },
]
