import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificatesMiddlewares } from "./admin/certificates/middlewares"
import { caMiddlewares } from "./ca/middlewares"
import { expertIdentityChallengeMiddlewares } from "./expert/identity-challenges/middlewares"
import { actorCertificateMiddlewares } from "./utils/actor-certificate-middlewares"

export default defineMiddlewares({
  routes: [...caMiddlewares, ...adminCertificatesMiddlewares, ...actorCertificateMiddlewares, ...expertIdentityChallengeMiddlewares],
})
