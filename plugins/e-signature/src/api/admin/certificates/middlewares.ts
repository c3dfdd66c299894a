import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminRevokeCertificate } from "./validators"

export const adminCertificatesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/certificates/:serial/revoke",
    // Who may: procurement-core's admin role table (global /admin* middleware).
    middlewares: [validateAndTransformBody(AdminRevokeCertificate)],
  },
]
