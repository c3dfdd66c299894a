/**
 * Face verification of an expert before the evaluation, behind an interface: the platform
 * configures a provider by name; a real one (a licensed face-comparison service) replaces the
 * mock by configuration without touching callers. Only the mock exists here.
 */
import { sha256Hex } from "@govmall/procurement-core/domain/canonical-json"

export type FaceVerificationRequest = {
  expert_id: string
  /** The captured image (JPEG/PNG bytes). */
  image: Uint8Array
}

export type FaceVerificationResult = {
  matched: boolean
  /** Which provider decided (recorded with the verification). */
  provider: string
  /** Provider's similarity score in [0, 1], when it gives one. */
  score: number | null
  /** Why it did not match, in words an operator can act on. */
  reason: string | null
}

export interface FaceVerificationProvider {
  readonly name: string
  verify(request: FaceVerificationRequest): Promise<FaceVerificationResult>
}

export const MOCK_FACE_PROVIDER_NAME = "mock-image-hash"

/**
 * NOT FACE RECOGNITION. A deterministic stand-in for tests and the demo: it matches when the
 * SHA-256 of the submitted image equals the hash registered for that expert. It proves nothing
 * about a face; it exists so the evaluation flow can require the step before a real provider
 * is contracted.
 */
export class MockImageHashFaceVerificationProvider implements FaceVerificationProvider {
  readonly name = MOCK_FACE_PROVIDER_NAME
  private readonly registered: ReadonlyMap<string, string>

  /** `registered`: expert id → SHA-256 (hex) of that expert's enrolment image. */
  constructor(registered: Record<string, string>) {
    this.registered = new Map(Object.entries(registered).map(([expert, hash]) => [expert, hash.toLowerCase()]))
  }

  async verify(request: FaceVerificationRequest): Promise<FaceVerificationResult> {
    const enrolled = this.registered.get(request.expert_id)
    if (!enrolled) {
      return { matched: false, provider: this.name, score: null, reason: `expert ${request.expert_id} has no enrolled image` }
    }
    if (!(request.image instanceof Uint8Array) || request.image.length === 0) {
      return { matched: false, provider: this.name, score: null, reason: "no image was submitted" }
    }
    const matched = sha256Hex(request.image) === enrolled
    return { matched, provider: this.name, score: matched ? 1 : 0, reason: matched ? null : "the image does not match the enrolled image" }
  }
}

export type FaceVerificationConfig = { provider: typeof MOCK_FACE_PROVIDER_NAME; registered_image_sha256: Record<string, string> }

/** The provider named by configuration (plugin options); an unknown name is a configuration error. */
export function faceVerificationProviderFromConfig(config: FaceVerificationConfig): FaceVerificationProvider {
  switch (config?.provider) {
    case MOCK_FACE_PROVIDER_NAME:
      return new MockImageHashFaceVerificationProvider(config.registered_image_sha256 ?? {})
    default:
      throw new TypeError(`face verification provider ${JSON.stringify((config as any)?.provider)} is not known; configure "${MOCK_FACE_PROVIDER_NAME}" or add a provider`)
  }
}
