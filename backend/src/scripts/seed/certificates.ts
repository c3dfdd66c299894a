import fs from "node:fs"
import path from "node:path"
import { createPublicKey, X509Certificate } from "node:crypto"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { createCsr, generateKeyPair } from "@govmall/e-signature/domain/client/create-csr"
import {
  type CertificateDTO,
  E_SIGNATURE_MODULE,
  type ESignatureService,
  type SubjectIdentity,
} from "@govmall/e-signature/modules/e_signature"
import { issueCertificateWorkflow } from "@govmall/e-signature/workflows"
import { EXPERTS, PLATFORM_CREATED, SUPPLIERS } from "./data/organizations"
import type { SeededActors } from "./organizations"
import { demoKeysDir } from "./paths"
import type { SeedReport } from "./report"

/**
 * Step 4 of the demo seed: a key pair and a certificate for every approved demo organization
 * and every expert, so that a newcomer can sign in the demo straight away.
 *
 * The key pair is made as the user's own device would make it (e-signature's client helpers:
 * node-forge, which uses Node's native RSA generator), only the CSR goes to the platform, and
 * the certificate comes from `issueCertificateWorkflow`. The private key and the certificate are
 * written to `backend/demo/keys/<login e-mail>.key.pem` / `.cert.pem` — these files stand for
 * the user's device; the platform itself never keeps a user's key.
 *
 * An organization's certificate is held by its admin (the role that may request one). Re-runs
 * reuse the key file and an active, unexpired certificate of the same subject for that key.
 */

export interface KeyHolder {
  /** Log-in e-mail: names the key and certificate files. */
  email: string
  subject: SubjectIdentity
  organization_id: string | null
  /** Who requests the certificate (audit). */
  actor: AuditActor
}

export interface CertificatesSummary {
  /** Null when the platform CA is not configured (GOVMALL_CA_DIR): nothing was issued. */
  holders: number | null
  keysGenerated: number
  certificatesIssued: number
  keysDir: string
}

export function keyFiles(dir: string, email: string): { key: string; cert: string } {
  return { key: path.join(dir, `${email}.key.pem`), cert: path.join(dir, `${email}.cert.pem`) }
}

/** The approved organizations' admins and the experts, from the seeded records. */
export function keyHolders(actors: SeededActors): KeyHolder[] {
  const holders: KeyHolder[] = []
  const organizations = [
    ...PLATFORM_CREATED.map((o) => ({ uscc: o.uscc, name: o.name, admin: o.staff.find((p) => p.role === "admin") })),
    ...SUPPLIERS.map((s) => ({ uscc: s.uscc, name: s.name, admin: { email: s.registrant.email } })),
  ]
  for (const data of organizations) {
    const organization = actors.organizations.get(data.uscc)
    const member = data.admin && actors.members.get(data.admin.email)
    if (!organization || !member || organization.status !== "approved") {
      continue
    }
    holders.push({
      email: member.email,
      subject: {
        kind: "organization",
        subject_id: data.uscc,
        display_name: organization.name,
        organization_kind: organization.kind,
      },
      organization_id: organization.id,
      actor: { actor_type: member.actor_type, actor_id: member.actor_id, organization_id: organization.id },
    })
  }
  for (const data of EXPERTS) {
    const expert = actors.experts.get(data.email)
    if (!expert) {
      continue
    }
    holders.push({
      email: expert.email,
      subject: { kind: "expert", subject_id: expert.id, display_name: expert.name },
      organization_id: null,
      actor: { actor_type: "expert", actor_id: expert.id },
    })
  }
  return holders
}

export async function seedCertificates(
  container: MedusaContainer,
  report: SeedReport,
  actors: SeededActors,
  dir: string = demoKeysDir()
): Promise<CertificatesSummary> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const esign = container.resolve<ESignatureService>(E_SIGNATURE_MODULE)
  const summary: CertificatesSummary = { holders: null, keysGenerated: 0, certificatesIssued: 0, keysDir: dir }
  try {
    esign.getCaCertificates()
  } catch (error) {
    logger.warn(
      `[seed] no demo certificates: the platform CA is not available (${(error as Error).message}). ` +
        `npm start sets GOVMALL_CA_DIR; run the seed again with it to issue them.`
    )
    return summary
  }

  const holders = keyHolders(actors)
  summary.holders = holders.length
  fs.mkdirSync(dir, { recursive: true })
  for (const holder of holders) {
    const files = keyFiles(dir, holder.email)
    let privateKeyPem: string
    if (fs.existsSync(files.key)) {
      privateKeyPem = fs.readFileSync(files.key, "utf8")
    } else {
      // On the user's side: the platform only ever sees the CSR made from this key.
      privateKeyPem = generateKeyPair().privateKeyPem
      fs.writeFileSync(files.key, privateKeyPem, { mode: 0o600 })
      summary.keysGenerated++
    }

    let certificate = await activeCertificateFor(esign, holder, privateKeyPem)
    if (!certificate) {
      const { result } = await issueCertificateWorkflow(container).run({
        input: {
          csr_pem: createCsr(privateKeyPem),
          subject: holder.subject,
          organization_id: holder.organization_id,
          actor: holder.actor,
        },
      })
      certificate = result as CertificateDTO
      summary.certificatesIssued++
      report.changed(`issued certificate ${certificate.serial} to ${holder.subject.display_name} (${holder.email})`)
    }
    if (!fs.existsSync(files.cert) || fs.readFileSync(files.cert, "utf8") !== certificate.pem) {
      fs.writeFileSync(files.cert, certificate.pem)
    }
  }
  if (summary.keysGenerated) {
    logger.info(`[seed] generated ${summary.keysGenerated} demo key pairs in ${dir}`)
  }
  return summary
}

function publicKeyOf(pem: string): string {
  return createPublicKey(pem).export({ type: "spki", format: "pem" }).toString()
}

/** An active, unexpired certificate of the holder's subject for this very key, if any. */
async function activeCertificateFor(
  esign: ESignatureService,
  holder: KeyHolder,
  privateKeyPem: string
): Promise<CertificateDTO | undefined> {
  const now = procurementClock.now()
  const candidates = (await esign.listCertificates(
    { subject_id: holder.subject.subject_id, status: "active" } as any,
    { order: { not_after: "DESC" } }
  )) as CertificateDTO[]
  const publicKey = publicKeyOf(privateKeyPem)
  return candidates.find(
    (c) =>
      c.subject_kind === holder.subject.kind &&
      new Date(c.not_before) <= now &&
      new Date(c.not_after) > now &&
      publicKeyOf(new X509Certificate(c.pem).publicKey.export({ type: "spki", format: "pem" }).toString()) === publicKey
  )
}
