import { checkDocumentContent, describeContent, sniffDocumentContentType, zipEntryNames } from "./document-content-type"

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? Array.from(Buffer.from(part, "latin1")) : part)))

/** A stored (uncompressed) ZIP with the given entries, written the way zip tools do. */
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8")
    const data = Buffer.from(text, "utf8")
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    locals.push(local, nameBytes, data)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(entries).length, 8)
  end.writeUInt16LE(Object.keys(entries).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

const PDF = bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR")
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF\0")
const OFD = zip({ "OFD.xml": '<?xml version="1.0"?><ofd:OFD/>', "Doc_0/Document.xml": "<ofd:Document/>" })
const DOCX = zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" })
const NESTED_OFD = zip({ "sub/OFD.xml": "<ofd:OFD/>" })
const ELF = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])
const EXE = bytes("MZ\x90\0\x03\0\0\0")
const HTML = bytes("<!DOCTYPE html><html><script>alert(1)</script></html>")
const SVG = bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
const GIF = bytes("GIF89a\x01\0\x01\0")

describe("sniffDocumentContentType", () => {
  it.each([
    ["PDF", PDF, "application/pdf"],
    ["PNG", PNG, "image/png"],
    ["JPEG", JPEG, "image/jpeg"],
    ["OFD (ZIP with OFD.xml at the root)", OFD, "application/ofd"],
    ["a docx (ZIP without OFD.xml)", DOCX, null],
    ["a ZIP with OFD.xml below the root", NESTED_OFD, null],
    ["a truncated ZIP", OFD.subarray(0, 40), null],
    ["an ELF executable", ELF, null],
    ["a Windows executable", EXE, null],
    ["HTML", HTML, null],
    ["SVG", SVG, null],
    ["GIF", GIF, null],
    ["PDF magic not at offset 0", bytes(" %PDF-1.7"), null],
    ["empty", new Uint8Array(0), null],
  ])("%s → %s", (_, content, expected) => {
    expect(sniffDocumentContentType(content)).toBe(expected)
  })

  it("lists a ZIP's entries from its central directory", () => {
    expect(zipEntryNames(OFD)).toEqual(["OFD.xml", "Doc_0/Document.xml"])
    expect(zipEntryNames(PDF)).toBeNull()
  })

  it.each([
    [ELF, "an ELF executable"],
    [EXE, "a Windows executable"],
    [HTML, "HTML"],
    [SVG, "XML / SVG"],
    [DOCX, "a ZIP archive that is not an OFD document (no OFD.xml at its root)"],
    [GIF, "of an unknown format"],
  ])("describes refused content %#", (content, description) => {
    expect(describeContent(content)).toBe(description)
  })
})

describe("checkDocumentContent", () => {
  const MAX = 1024
  it.each([
    ["PDF declared as PDF", PDF, "application/pdf", { ok: true, type: "application/pdf" }],
    ["PDF with parameters and capitals", PDF, "Application/PDF; name=x", { ok: true, type: "application/pdf" }],
    ["PDF declared as octet-stream", PDF, "application/octet-stream", { ok: true, type: "application/pdf" }],
    ["PDF with no declared type", PDF, undefined, { ok: true, type: "application/pdf" }],
    ["JPEG declared as image/jpg", JPEG, "image/jpg", { ok: true, type: "image/jpeg" }],
    ["OFD declared as application/zip", OFD, "application/zip", { ok: true, type: "application/ofd" }],
    ["OFD declared as application/ofd", OFD, "application/ofd", { ok: true, type: "application/ofd" }],
    ["PNG declared as PDF", PNG, "application/pdf", { ok: false, reason: "declared_type_mismatch" }],
    ["ELF declared as PDF", ELF, "application/pdf", { ok: false, reason: "unsupported_type" }],
    ["HTML declared as PDF", HTML, "application/pdf", { ok: false, reason: "unsupported_type" }],
    ["docx declared as application/zip", DOCX, "application/zip", { ok: false, reason: "unsupported_type" }],
    ["empty", new Uint8Array(0), "application/pdf", { ok: false, reason: "empty" }],
    ["one byte over the limit", new Uint8Array(MAX + 1).fill(0x25), "application/pdf", { ok: false, reason: "too_large" }],
  ] as const)("%s", (_, content, declaredType, expected) => {
    const result = checkDocumentContent({ bytes: content, declaredType, maxBytes: MAX })
    if (expected.ok) {
      expect(result).toEqual({ ok: true, value: { content_type: expected.type, size_bytes: content.length } })
    } else {
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.problem.reason).toBe(expected.reason)
        expect(result.problem.message.startsWith("file: ")).toBe(true)
      }
    }
  })

  it("accepts exactly the limit", () => {
    const content = new Uint8Array(MAX)
    content.set(PDF)
    expect(checkDocumentContent({ bytes: content, maxBytes: MAX }).ok).toBe(true)
  })

  it("names the content and the field in its messages", () => {
    const result = checkDocumentContent({ bytes: ELF, declaredType: "application/pdf", maxBytes: MAX, field: "attachment" })
    expect(result).toEqual({
      ok: false,
      problem: {
        reason: "unsupported_type",
        message: "attachment: the content is an ELF executable; only PDF, PNG, JPEG and OFD documents are accepted",
      },
    })
    const mismatch = checkDocumentContent({ bytes: PNG, declaredType: "application/pdf", maxBytes: MAX })
    expect(!mismatch.ok && mismatch.problem.message).toBe("file: declared as application/pdf but the content is image/png")
  })
})
