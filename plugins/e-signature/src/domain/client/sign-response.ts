/**
 * Client side: sign a sealed response (see ../response-signing-payload.ts for what is covered)
 * with the supplier's certificate key. The envelope must already be sealed: its hash is signed.
 */
import { responseSigningPayload, type ResponseSigningInput } from "../response-signing-payload"
import type { SignedRecord } from "../signed-record"
import { signDocument } from "./sign-document"

export type SignResponseInput = ResponseSigningInput & {
  privateKeyPem: string
  certificate_serial: string
  signed_at: Date
}

export function signSealedResponse(input: SignResponseInput): SignedRecord {
  return signDocument({
    document: responseSigningPayload(input),
    privateKeyPem: input.privateKeyPem,
    certificate_serial: input.certificate_serial,
    signed_at: input.signed_at,
  })
}
