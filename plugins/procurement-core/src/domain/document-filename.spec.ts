import { attachmentContentDisposition, MAX_FILENAME_LENGTH, rfc5987Encode, sanitizeDocumentFilename } from "./document-filename"

describe("sanitizeDocumentFilename", () => {
  it.each([
    ["营业执照.pdf", "application/pdf", "营业执照.pdf"],
    ["营业执照", "application/pdf", "营业执照.pdf"],
    ["scan.JPEG", "image/jpeg", "scan.JPEG"],
    ["scan.jpeg", "image/png", "scan.jpeg.png"],
    ["invoice.html", "application/pdf", "invoice.html.pdf"],
    ["C:\\fakepath\\资质证书.pdf", "application/pdf", "资质证书.pdf"],
    ["../../etc/passwd", "application/pdf", "passwd.pdf"],
    ["a<b>c:d\"e|f?g*h.pdf", "application/pdf", "a_b_c_d_e_f_g_h.pdf"],
    ["  ..hidden  name.pdf ..", "application/pdf", "hidden name.pdf"],
    ["tab\there\nnew\u0000line.pdf", "application/pdf", "tab here newline.pdf"],
    // U+202E RIGHT-TO-LEFT OVERRIDE would display "report\u202Efdp.exe" as "reportexe.pdf".
    ["report\u202efdp.exe", "application/pdf", "reportfdp.exe.pdf"],
    ["zero\u200bwidth.pdf", "application/pdf", "zerowidth.pdf"],
    // NFD "é" (e + combining acute) becomes one NFC character.
    ["re\u0301sume\u0301.pdf", "application/pdf", "r\u00e9sum\u00e9.pdf"],
    ["", "application/pdf", "document.pdf"],
    [null, "image/png", "document.png"],
    ["...", "application/ofd", "document.ofd"],
    ["???", "application/pdf", "document.pdf"],
    ["电子发票.ofd", "application/ofd", "电子发票.ofd"],
  ] as const)("%j as %s → %j", (raw, type, expected) => {
    expect(sanitizeDocumentFilename(raw, type)).toBe(expected)
  })

  it("shortens long names to the limit in characters, keeping the extension", () => {
    const name = sanitizeDocumentFilename(`${"山西晋云信息技术有限公司".repeat(20)}.pdf`, "application/pdf")
    expect(Array.from(name)).toHaveLength(MAX_FILENAME_LENGTH)
    expect(name.endsWith(".pdf")).toBe(true)
    expect(name.startsWith("山西晋云")).toBe(true)
  })

  it("never cuts a character in half (astral plane)", () => {
    const name = sanitizeDocumentFilename(`${"𠀀".repeat(200)}.png`, "image/png")
    expect(Array.from(name)).toHaveLength(MAX_FILENAME_LENGTH)
    expect(name).toBe(`${"𠀀".repeat(MAX_FILENAME_LENGTH - 4)}.png`)
  })
})

describe("attachmentContentDisposition", () => {
  it.each([
    ["report.pdf", `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    ["营业执照.pdf", `attachment; filename="____.pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf`],
    ["a b(1)'s*.pdf", `attachment; filename="a b(1)'s*.pdf"; filename*=UTF-8''a%20b%281%29%27s%2A.pdf`],
    ['quote"back\\slash%.pdf', `attachment; filename="quote_back_slash_.pdf"; filename*=UTF-8''quote%22back%5Cslash%25.pdf`],
  ])("%j", (filename, header) => {
    expect(attachmentContentDisposition(filename)).toBe(header)
  })

  it("round-trips the UTF-8 name through filename*", () => {
    const name = "合同（盖章版）·第1页.pdf"
    const encoded = attachmentContentDisposition(name).split("filename*=UTF-8''")[1]
    expect(decodeURIComponent(encoded)).toBe(name)
    expect(rfc5987Encode(name)).toMatch(/^[A-Za-z0-9%!#$&+\-.^_`|~]+$/)
  })
})
