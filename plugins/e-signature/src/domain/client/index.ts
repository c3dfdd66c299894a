/**
 * The client entry (`@govmall/e-signature/client`): everything a browser needs to make a key,
 * a CSR and a signature the platform accepts. Browser-safe: no Node built-ins, no Medusa
 * (browser-bundle.spec.ts bundles it for the browser and fails otherwise).
 */
export { canonicalJson, digestOf } from "@govmall/procurement-core/domain/canonical-json"
export { createCsr, type CsrSubjectHint, type KeyPairPem } from "./create-csr"
export { generateKeyPairWithWebCrypto, type WebCryptoKeyPairOptions } from "./generate-key-pair"
export { signDocument, type SignDocumentInput } from "./sign-document"
export { DEFAULT_SIGNATURE_ALGORITHM, SIGNATURE_ALGORITHM_IDS, type SignatureAlgorithmId } from "../signature-algorithm"
export type { SignedRecord } from "../signed-record"
export { sealPayload, unwrapContentKey, SealingError, type SealPayloadInput } from "./seal-envelope"
export { signSealedResponse, type SignResponseInput } from "./sign-response"
export { signIdentityChallenge } from "./sign-identity-challenge"
export { responseSigningPayload, envelopeDigest, type ResponseSigningInput, type ResponseSigningPayload } from "../response-signing-payload"
export { identityChallengeSigningPayload, type IdentityChallenge } from "../identity-challenge"
export {
  SEALED_ENVELOPE_VERSION,
  type SealedEnvelope,
  type SealedEnvelopeContext,
  type SealedEnvelopeRecipient,
  type SealedEnvelopeErrorCode,
} from "../sealed-envelope"
