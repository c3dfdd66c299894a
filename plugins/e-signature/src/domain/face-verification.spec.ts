import { createHash } from "node:crypto"
import { faceVerificationProviderFromConfig, MOCK_FACE_PROVIDER_NAME, MockImageHashFaceVerificationProvider } from "./face-verification"

const enrolled = new TextEncoder().encode("JPEG…王建国 2026-10 登记照")
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex")
const provider = new MockImageHashFaceVerificationProvider({ "EXP-0007": sha(enrolled).toUpperCase() })

describe("MockImageHashFaceVerificationProvider (a stand-in, not face recognition)", () => {
  it.each([
    ["the enrolled image of that expert", "EXP-0007", enrolled, { matched: true, score: 1, reason: null }],
    ["another image", "EXP-0007", new TextEncoder().encode("JPEG…someone else"), { matched: false, score: 0, reason: "the image does not match the enrolled image" }],
    ["the enrolled image for another expert", "EXP-0099", enrolled, { matched: false, score: null, reason: "expert EXP-0099 has no enrolled image" }],
    ["an empty image", "EXP-0007", new Uint8Array(0), { matched: false, score: null, reason: "no image was submitted" }],
  ])("%s", async (_case, expert_id, image, expected) => {
    expect(await provider.verify({ expert_id, image })).toEqual({ provider: MOCK_FACE_PROVIDER_NAME, ...expected })
  })

  it("is chosen by configuration; an unknown provider name is a configuration error", async () => {
    const configured = faceVerificationProviderFromConfig({ provider: MOCK_FACE_PROVIDER_NAME, registered_image_sha256: { "EXP-0007": sha(enrolled) } })
    expect(configured.name).toBe("mock-image-hash")
    expect((await configured.verify({ expert_id: "EXP-0007", image: enrolled })).matched).toBe(true)
    expect(() => faceVerificationProviderFromConfig({ provider: "tencent-faceid" } as any)).toThrow(/tencent-faceid/)
  })
})
