import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { checkDocumentContent } from "../../domain/document-content-type"
import { documentMaxBytes, formatByteSize } from "../../domain/document-max-bytes"

/** Room for the multipart boundaries, part headers, `kind` and `title` around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024

export type UploadedDocumentFile = { originalname: string; mimetype: string; size: number; buffer: Buffer }
export type RequestWithDocumentFile = MedusaRequest & { file?: UploadedDocumentFile }

function refuse(res: MedusaResponse, status: 400 | 413 | 415, message: string) {
  res.status(status).json({ type: "invalid_data", message })
}

/**
 * Parses a `multipart/form-data` upload with one `file` part (plus text fields such as `kind`,
 * `title`) into `req.file` and `req.body`, using multer — the parser Medusa uses for
 * /admin/uploads — with memory storage and limits, so nothing touches the disk or `static/`.
 *
 * Refusals name the field `file`: 413 when the declared length or the part exceeds
 * GOVMALL_DOCUMENT_MAX_BYTES (multer stops reading the part at the limit; a Content-Length far
 * over it is refused before the body is read), 400 when there is no file / not multipart / more
 * than one file, 415 when the bytes are not PDF / PNG / JPEG / OFD or contradict the declared
 * type (`domain/document-content-type.ts`). Put it after authentication and the policy, so that
 * an anonymous or unauthorized body is never parsed.
 */
export function documentUpload() {
  const maxBytes = documentMaxBytes(process.env)
  const parse = multer({
    storage: multer.memoryStorage(),
    // Browsers send the part's filename as raw UTF-8 (RFC 7578 §4.2); busboy's default latin1
    // would turn 营业执照.pdf into mojibake.
    defParamCharset: "utf8",
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 8 * 1024, parts: 12, headerPairs: 50 },
  }).single("file")

  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const contentType = String(req.headers["content-type"] ?? "")
    if (!/^multipart\/form-data\b/i.test(contentType)) {
      return refuse(res, 400, "file: required; send the document as multipart/form-data with a `file` part")
    }
    const declaredLength = Number(req.headers["content-length"])
    if (Number.isFinite(declaredLength) && declaredLength > maxBytes + MULTIPART_OVERHEAD_BYTES) {
      return refuse(
        res,
        413,
        `file: the request body (${declaredLength} bytes) is larger than the file limit of ${formatByteSize(maxBytes)}; it was not read`
      )
    }
    parse(req as never, res as never, (error?: unknown) => {
      if (error) {
        const code = (error as { code?: string }).code
        const field = (error as { field?: string }).field
        if (code === "LIMIT_FILE_SIZE") {
          return refuse(res, 413, `file: the file is larger than the limit of ${formatByteSize(maxBytes)}`)
        }
        if (code === "LIMIT_UNEXPECTED_FILE" || code === "LIMIT_FILE_COUNT") {
          return refuse(res, 400, field && field !== "file" ? `${field}: unexpected file; send the document in the \`file\` part` : "file: send exactly one file")
        }
        if (typeof code === "string" && code.startsWith("LIMIT_")) {
          return refuse(res, 400, `${field ?? "body"}: ${(error as Error).message}`)
        }
        return refuse(res, 400, `file: the multipart body could not be read (${(error as Error).message})`)
      }
      const file = (req as RequestWithDocumentFile).file
      if (!file) {
        return refuse(res, 400, "file: required")
      }
      next()
    })
  }
}

/**
 * After `documentUpload` and body validation: the bytes must be an accepted format agreeing
 * with the declared type (415 naming `file`), not empty (400). The service checks again.
 */
export function documentContentCheck() {
  const maxBytes = documentMaxBytes(process.env)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const file = (req as RequestWithDocumentFile).file!
    const checked = checkDocumentContent({ bytes: file.buffer, declaredType: file.mimetype, maxBytes })
    if (!checked.ok) {
      const status = checked.problem.reason === "too_large" ? 413 : checked.problem.reason === "empty" ? 400 : 415
      return refuse(res, status, checked.problem.message)
    }
    next()
  }
}
