import { DEFAULT_DOCUMENT_MAX_BYTES, documentMaxBytes, formatByteSize } from "./document-max-bytes"

describe("documentMaxBytes", () => {
  it.each([
    [undefined, DEFAULT_DOCUMENT_MAX_BYTES],
    ["", DEFAULT_DOCUMENT_MAX_BYTES],
    ["65536", 65536],
    [" 1 ", 1],
    [String(64 * 1024 * 1024), 64 * 1024 * 1024],
  ])("%j → %d", (value, expected) => {
    expect(documentMaxBytes({ GOVMALL_DOCUMENT_MAX_BYTES: value })).toBe(expected)
  })

  it("defaults to 10 MiB", () => {
    expect(DEFAULT_DOCUMENT_MAX_BYTES).toBe(10_485_760)
  })

  it.each(["10MB", "-1", "0", "1.5", String(64 * 1024 * 1024 + 1)])("refuses %j naming the variable", (value) => {
    expect(() => documentMaxBytes({ GOVMALL_DOCUMENT_MAX_BYTES: value })).toThrow(/^GOVMALL_DOCUMENT_MAX_BYTES must be/)
  })

  it.each([
    [10_485_760, "10 MiB"],
    [65_536, "64 KiB"],
    [1000, "1000 bytes"],
  ])("formats %d as %s", (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text)
  })
})
