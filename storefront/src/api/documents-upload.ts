import { backendUrl, publishableKey } from "./client"
import { supplierToken } from "./supplier-client"
import type { SupplierDocument } from "./supplier"

/** The backend's limit (GOVMALL_DOCUMENT_MAX_BYTES default): checked here too so 50 MB is not sent for nothing. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024

export type UploadFailure = Error & { status?: number }

/**
 * POST /supplier/documents as multipart with upload progress: fetch() cannot report upload
 * progress, XMLHttpRequest can. Fails like the SDK (an Error with `status` and the backend's
 * message) so the page describes it the same way.
 */
export function uploadDocument(
  input: { file: File; kind: string; title?: string },
  onProgress: (fraction: number) => void
): Promise<SupplierDocument> {
  const form = new FormData()
  form.append("kind", input.kind)
  if (input.title) form.append("title", input.title)
  form.append("file", input.file)
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open("POST", `${backendUrl}/supplier/documents`)
    const token = supplierToken()
    if (token) xhr.setRequestHeader("authorization", `Bearer ${token}`)
    if (publishableKey) xhr.setRequestHeader("x-publishable-api-key", publishableKey)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      let body: { document?: SupplierDocument; message?: string } = {}
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        // not JSON (a proxy's page): the status says enough
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.document) return resolve(body.document)
      const failure: UploadFailure = new Error(body.message ?? xhr.statusText)
      failure.status = xhr.status
      reject(failure)
    }
    xhr.onerror = () => reject(new TypeError("network"))
    xhr.send(form)
  })
}
