/**
 * What a document's bytes are, decided from the bytes (magic numbers), never from the client's
 * Content-Type header or file name alone. Accepted: PDF, PNG, JPEG and OFD (GB/T 33190, the
 * Chinese fixed-layout e-document: a ZIP container whose root holds `OFD.xml`). Any other ZIP
 * (docx, jar …), HTML, executables and everything else are refused. Pure.
 */
import { formatByteSize } from "./document-max-bytes"

export const DOCUMENT_CONTENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "application/ofd"] as const
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number]

export const DOCUMENT_EXTENSIONS: Record<DocumentContentType, string> = {
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "application/ofd": ".ofd",
}

const EXTENSION_ALIASES: Record<DocumentContentType, readonly string[]> = {
  "application/pdf": [".pdf"],
  "image/png": [".png"],
  "image/jpeg": [".jpg", ".jpeg", ".jpe"],
  "application/ofd": [".ofd"],
}

/**
 * Declared types that agree with each detected type. Browsers and tools differ (image/jpg,
 * application/x-pdf; OFD has no registered type, so zip types are common); `application/
 * octet-stream` and a missing header agree with anything.
 */
const DECLARED_ALIASES: Record<DocumentContentType, readonly string[]> = {
  "application/pdf": ["application/pdf", "application/x-pdf", "application/acrobat"],
  "image/png": ["image/png", "image/x-png"],
  "image/jpeg": ["image/jpeg", "image/jpg", "image/pjpeg"],
  "application/ofd": ["application/ofd", "application/zip", "application/x-zip-compressed", "application/x-ofd"],
}

const NEUTRAL_DECLARED = ["", "application/octet-stream", "binary/octet-stream"]

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte)

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const ZIP_LOCAL_FILE = [0x50, 0x4b, 0x03, 0x04]
const ZIP_END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06]
const ZIP_CENTRAL_FILE = [0x50, 0x4b, 0x01, 0x02]

const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8)
const u32 = (bytes: Uint8Array, at: number) => (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000

/**
 * The names in a ZIP's central directory, or null when the bytes are not a readable ZIP. Reads
 * the end-of-central-directory record (within the last 65,557 bytes: 22 + a comment of up to
 * 65,535) and walks the directory; nothing is decompressed.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, ZIP_LOCAL_FILE)) return null
  const lowest = Math.max(0, bytes.length - 65_557)
  let end = -1
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (startsWith(bytes, ZIP_END_OF_CENTRAL_DIRECTORY, at)) {
      end = at
      break
    }
  }
  if (end < 0) return null
  const count = u16(bytes, end + 10)
  const size = u32(bytes, end + 12)
  let at = u32(bytes, end + 16)
  if (at + size > end) return null
  const names: string[] = []
  const decoder = new TextDecoder("utf-8", { fatal: false })
  for (let i = 0; i < count; i++) {
    if (!startsWith(bytes, ZIP_CENTRAL_FILE, at) || at + 46 > end) return null
    const nameLength = u16(bytes, at + 28)
    const extraLength = u16(bytes, at + 30)
    const commentLength = u16(bytes, at + 32)
    if (at + 46 + nameLength > end) return null
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)))
    at += 46 + nameLength + extraLength + commentLength
  }
  return names
}

/** The detected type, or null when the bytes are none of the accepted formats. */
export function sniffDocumentContentType(bytes: Uint8Array): DocumentContentType | null {
  if (startsWith(bytes, PDF)) return "application/pdf"
  if (startsWith(bytes, PNG)) return "image/png"
  if (startsWith(bytes, JPEG)) return "image/jpeg"
  // OFD: the package's entry file is OFD.xml at the root (GB/T 33190-2016 §7.2).
  if (zipEntryNames(bytes)?.includes("OFD.xml")) return "application/ofd"
  return null
}

/** What the start of unaccepted bytes looks like, for the message. */
export function describeContent(bytes: Uint8Array): string {
  if (bytes.length === 0) return "empty"
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return "an ELF executable"
  if (startsWith(bytes, [0x4d, 0x5a])) return "a Windows executable"
  if (startsWith(bytes, ZIP_LOCAL_FILE)) return "a ZIP archive that is not an OFD document (no OFD.xml at its root)"
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 256)).trimStart().toLowerCase()
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<script")) return "HTML"
  if (head.startsWith("<?xml") || head.startsWith("<svg")) return "XML / SVG"
  return "of an unknown format"
}

export type DocumentContentProblem =
  | { reason: "empty"; message: string }
  | { reason: "too_large"; message: string }
  | { reason: "unsupported_type"; message: string }
  | { reason: "declared_type_mismatch"; message: string }

/** The media type without parameters, lower-case ("Image/JPEG; x=1" → "image/jpeg"). */
export function normalizeMediaType(value: string | null | undefined): string {
  return (value ?? "").split(";")[0].trim().toLowerCase()
}

export type CheckedDocumentContent = { content_type: DocumentContentType; size_bytes: number }

/**
 * Checks uploaded bytes: not empty, not over `maxBytes`, one of the accepted formats, and
 * agreeing with the declared type when the client declared a specific one. Messages name the
 * field (`file`). Returns the detected type or the problem.
 */
export function checkDocumentContent(input: {
  bytes: Uint8Array
  declaredType?: string | null
  maxBytes: number
  field?: string
}): { ok: true; value: CheckedDocumentContent } | { ok: false; problem: DocumentContentProblem } {
  const field = input.field ?? "file"
  const { bytes, maxBytes } = input
  if (bytes.length === 0) {
    return { ok: false, problem: { reason: "empty", message: `${field}: the uploaded file is empty` } }
  }
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      problem: { reason: "too_large", message: `${field}: the file is larger than the limit of ${formatByteSize(maxBytes)}` },
    }
  }
  const detected = sniffDocumentContentType(bytes)
  if (!detected) {
    return {
      ok: false,
      problem: {
        reason: "unsupported_type",
        message: `${field}: the content is ${describeContent(bytes)}; only PDF, PNG, JPEG and OFD documents are accepted`,
      },
    }
  }
  const declared = normalizeMediaType(input.declaredType)
  if (!NEUTRAL_DECLARED.includes(declared) && !DECLARED_ALIASES[detected].includes(declared)) {
    return {
      ok: false,
      problem: {
        reason: "declared_type_mismatch",
        message: `${field}: declared as ${declared} but the content is ${detected}`,
      },
    }
  }
  return { ok: true, value: { content_type: detected, size_bytes: bytes.length } }
}

/** Whether a file name already ends in an extension of the type (".JPEG" for image/jpeg). */
export function hasExtensionOf(filename: string, type: DocumentContentType): boolean {
  const lower = filename.toLowerCase()
  return EXTENSION_ALIASES[type].some((extension) => lower.endsWith(extension))
}
