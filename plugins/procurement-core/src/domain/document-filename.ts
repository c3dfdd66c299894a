/**
 * File names of private documents: what is stored (sanitised from what the client sent) and
 * how a download names it (`Content-Disposition: attachment` with an RFC 5987 / RFC 6266
 * `filename*` for Chinese names and a plain ASCII fallback). Pure.
 */
import { DOCUMENT_EXTENSIONS, hasExtensionOf, type DocumentContentType } from "./document-content-type"

/** Longest stored name, in characters (not bytes), extension included. */
export const MAX_FILENAME_LENGTH = 120

const FALLBACK_BASENAME = "document"

// C0 / C1 controls, bidirectional overrides and isolates (which make "exe.pdf" read as
// "fdp.exe"), zero-width characters and the BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
// Reserved on Windows, and the separators and quotes that break headers or paths.
const RESERVED = /[<>:"/\\|?*]/g

/**
 * A safe display name for uploaded bytes of `type`:
 * - the last path segment only ("C:\\fakepath\\a.pdf" → "a.pdf", "../../etc/passwd" → "passwd");
 * - Unicode NFC; tabs and line breaks → space; other control, bidi-override and zero-width characters removed; `<>:"/\|?*` → `_`;
 *   runs of white space → one space; leading / trailing spaces and dots removed;
 * - at most MAX_FILENAME_LENGTH characters, keeping the extension;
 * - ends in an extension of the detected type: one is appended when missing or different
 *   ("营业执照" → "营业执照.pdf", "invoice.html" → "invoice.html.pdf");
 * - "document.<ext>" when nothing is left.
 */
export function sanitizeDocumentFilename(raw: string | null | undefined, type: DocumentContentType): string {
  const lastSegment = (raw ?? "").split(/[/\\]/).pop() ?? ""
  let name = lastSegment
    .normalize("NFC")
    .replace(/[\t\n\r\v\f]/g, " ")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "")
  if (!name || /^_+$/.test(name)) name = FALLBACK_BASENAME
  if (!hasExtensionOf(name, type)) name = `${name}${DOCUMENT_EXTENSIONS[type]}`
  const characters = Array.from(name)
  if (characters.length > MAX_FILENAME_LENGTH) {
    const dot = name.lastIndexOf(".")
    const extension = Array.from(name.slice(dot))
    const base = Array.from(name.slice(0, dot)).slice(0, MAX_FILENAME_LENGTH - extension.length)
    name = `${base.join("").replace(/[\s.]+$/, "")}${extension.join("")}`
  }
  return name
}

/** RFC 5987 `value-chars`: UTF-8, percent-encoded except attr-char. */
export function rfc5987Encode(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266):
 * every current browser uses `filename*`; the fallback replaces non-ASCII characters with `_`
 * and drops quotes and backslashes, so the quoted string can never be broken out of.
 */
export function attachmentContentDisposition(filename: string): string {
  const fallback = Array.from(filename)
    .map((c) => (/^[\x20-\x7e]$/.test(c) && c !== '"' && c !== "\\" && c !== "%" ? c : "_"))
    .join("")
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987Encode(filename)}`
}
