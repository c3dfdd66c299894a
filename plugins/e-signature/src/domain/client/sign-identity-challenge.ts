/**
 * Client side of the expert identity challenge: the expert signs the challenge the server
 * issued with the key of its expert certificate and sends back the SignedRecord.
 */
import { identityChallengeSigningPayload, type IdentityChallenge } from "../identity-challenge"
import type { SignedRecord } from "../signed-record"
import { signDocument } from "./sign-document"

export function signIdentityChallenge(input: {
  challenge: IdentityChallenge
  privateKeyPem: string
  certificate_serial: string
  signed_at: Date
}): SignedRecord {
  return signDocument({
    document: identityChallengeSigningPayload(input.challenge),
    privateKeyPem: input.privateKeyPem,
    certificate_serial: input.certificate_serial,
    signed_at: input.signed_at,
  })
}
