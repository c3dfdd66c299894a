/**
 * Expert identity verification by certificate through HTTP: an active expert asks for a
 * challenge, signs it with its expert certificate's key (the client helper), answers once,
 * before the expiry. Real app, real PostgreSQL, real signatures.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { Modules } from "@medusajs/framework/utils"
import forge from "node-forge"
import { createRequire } from "node:module"
import { actorHeaders } from "../../../tests/helpers/actor-token"

const nodeRequire = createRequire(__filename)
const { generateKeyPair, createCsr } = nodeRequire("@govmall/e-signature/domain/client/create-csr")
const { signIdentityChallenge } = nodeRequire("@govmall/e-signature/domain/client/sign-identity-challenge")
const { makeIdNumber } = nodeRequire("@govmall/procurement-core/domain/id-number")
let idSequence = 10

const system = { actor_id: "user_test_setup", actor_type: "user" }
const DAY = 24 * 3600 * 1000
const fail = (error: any) => error.response
const wangKeys = generateKeyPair()
const liKeys = generateKeyPair()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const organizations = () => getContainer().resolve("procurement_organization")
    const clock = () => getContainer().resolve("procurement_clock")

    async function bearer(actorType: string, actorId: string, email: string) {
      return actorHeaders(getContainer(), actorType, actorId, email)
    }

    /** An active expert with its certificate (CSR from its own key). */
    async function expertWithCertificate(name: string, email: string, keys: { privateKeyPem: string }) {
      const expert = await organizations().createExpert(
        { name, id_number: makeIdNumber("140105", "1970-01-01", idSequence++), specialities: ["A02010104"], region_code: "140100", email },
        system
      )
      const auth = await bearer("expert", expert.id, email)
      const { data } = await api.post("/expert/certificates", { csr_pem: createCsr(keys.privateKeyPem) }, auth)
      return { expert, auth, serial: data.certificate.serial as string, keys }
    }

    const answerOf = (challenge: unknown, who: { keys: { privateKeyPem: string }; serial: string }) =>
      signIdentityChallenge({ challenge, privateKeyPem: who.keys.privateKeyPem, certificate_serial: who.serial, signed_at: clock().now() })

    async function challengeRow(id: string) {
      const { rows } = await dbConnection.raw(`SELECT consumed_at, certificate_serial FROM identity_challenge WHERE id = ?`, [id])
      return rows[0]
    }

    beforeAll(async () => {
      const issuing = forge.pki.certificateFromPem((await api.get("/ca/issuing")).data)
      clock().setNow(new Date(Math.floor(issuing.validity.notBefore.getTime() / 1000) * 1000 + DAY))
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    it("challenge → signed answer → verified once: consumed, audited; a second answer is refused", async () => {
      const wang = await expertWithCertificate("王建国", "wang.jg@example.cn", wangKeys)
      const issued = await api.post("/expert/identity-challenges", { purpose: "evaluation:panel_01JBXDESK" }, wang.auth)
      expect(issued.status).toBe(200)
      const { identity_challenge } = issued.data
      expect(identity_challenge).toMatchObject({
        consumed_at: null,
        challenge: { kind: "govmall.expert_identity_challenge", expert_id: wang.expert.id, purpose: "evaluation:panel_01JBXDESK" },
      })
      expect(identity_challenge.challenge.nonce).toMatch(/^[0-9a-f]{64}$/)
      expect(new Date(identity_challenge.challenge.expires_at).getTime() - new Date(identity_challenge.challenge.issued_at).getTime()).toBe(5 * 60 * 1000)

      clock().advance(20_000)
      const record = answerOf(identity_challenge.challenge, wang)
      const answered = await api.post(`/expert/identity-challenges/${identity_challenge.id}/answer`, record, wang.auth)
      expect(answered.status).toBe(200)
      expect(answered.data.identity_challenge).toMatchObject({ id: identity_challenge.id, certificate_serial: wang.serial })
      expect(answered.data.identity_challenge.consumed_at).not.toBeNull()
      const { rows: audit } = await dbConnection.raw(
        `SELECT actor_id, actor_type, metadata FROM audit_log WHERE action = 'expert.identity_verified' AND record_id = ?`,
        [identity_challenge.id]
      )
      expect(audit).toEqual([
        { actor_id: wang.expert.id, actor_type: "expert", metadata: { expert_id: wang.expert.id, purpose: "evaluation:panel_01JBXDESK", certificate_serial: wang.serial } },
      ])

      const replay = await api.post(`/expert/identity-challenges/${identity_challenge.id}/answer`, record, wang.auth).catch(fail)
      expect(replay.status).toBe(400)
      expect(replay.data.message).toMatch(/challenge_used/)
    })

    it("another expert can neither answer the challenge (404) nor lend its certificate (wrong_signer); nothing is consumed", async () => {
      const wang = await expertWithCertificate("王建国", "wang2@example.cn", wangKeys)
      const li = await expertWithCertificate("李晓梅", "li.xm@example.cn", liKeys)
      const { data } = await api.post("/expert/identity-challenges", { purpose: "evaluation:panel_01JBXDESK" }, wang.auth)
      const id = data.identity_challenge.id

      const foreign = await api.post(`/expert/identity-challenges/${id}/answer`, answerOf(data.identity_challenge.challenge, li), li.auth).catch(fail)
      expect(foreign.status).toBe(404)

      const lent = await api.post(`/expert/identity-challenges/${id}/answer`, answerOf(data.identity_challenge.challenge, li), wang.auth).catch(fail)
      expect(lent.status).toBe(400)
      expect(lent.data.message).toMatch(/wrong_signer/)

      // A signature by Wang's key over a different challenge (another purpose) does not count either.
      const other = { ...data.identity_challenge.challenge, purpose: "evaluation:panel_OTHER" }
      const moved = await api.post(`/expert/identity-challenges/${id}/answer`, answerOf(other, wang), wang.auth).catch(fail)
      expect(moved.status).toBe(400)
      expect(moved.data.message).toMatch(/digest_mismatch/)

      expect(await challengeRow(id)).toEqual({ consumed_at: null, certificate_serial: null })
    })

    it("an answer after the expiry is refused (challenge_expired) and consumes nothing", async () => {
      const wang = await expertWithCertificate("王建国", "wang3@example.cn", wangKeys)
      const { data } = await api.post("/expert/identity-challenges", { purpose: "evaluation:panel_01JBXDESK" }, wang.auth)
      const record = answerOf(data.identity_challenge.challenge, wang)
      clock().setNow(new Date(new Date(data.identity_challenge.challenge.expires_at).getTime() + 1_000))
      const late = await api.post(`/expert/identity-challenges/${data.identity_challenge.id}/answer`, record, wang.auth).catch(fail)
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/challenge_expired/)
      expect(await challengeRow(data.identity_challenge.id)).toEqual({ consumed_at: null, certificate_serial: null })
    })

    it("bad input is a 400 naming the field; unknown certificates and ids are refused; other actors get 401", async () => {
      const wang = await expertWithCertificate("王建国", "wang4@example.cn", wangKeys)
      const { data } = await api.post("/expert/identity-challenges", { purpose: "evaluation:panel_01JBXDESK" }, wang.auth)
      const url = `/expert/identity-challenges/${data.identity_challenge.id}/answer`
      const record = answerOf(data.identity_challenge.challenge, wang)

      for (const [body, field] of [
        [{}, "purpose"],
        [{ purpose: "评标 panel" }, "purpose"],
        [{ purpose: "evaluation:x", extra: 1 }, "extra"],
      ] as const) {
        const response = await api.post("/expert/identity-challenges", body, wang.auth).catch(fail)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      for (const [body, field] of [
        [{ ...record, signature: "not base64!" }, "signature"],
        [{ ...record, certificate_serial: "xyz" }, "certificate_serial"],
        [{ ...record, signed_at: "yesterday" }, "signed_at"],
        [{ ...record, algorithm: "SM2-SM3" }, "algorithm"],
        [{ certificate_serial: record.certificate_serial, signed_at: record.signed_at }, "signature"],
      ] as const) {
        const response = await api.post(url, body, wang.auth).catch(fail)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      const unknown = await api.post(url, { ...record, certificate_serial: "7f00aa" }, wang.auth).catch(fail)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/unknown_certificate/)
      const missing = await api.post(`/expert/identity-challenges/idch_does_not_exist/answer`, record, wang.auth).catch(fail)
      expect(missing.status).toBe(404)

      expect((await api.post("/expert/identity-challenges", { purpose: "evaluation:x" }).catch(fail)).status).toBe(401)
      const [user] = await getContainer().resolve(Modules.USER).createUsers([{ email: "staff@example.gov.cn" }])
      const staff = await bearer("user", user.id, "staff@example.gov.cn")
      expect((await api.post("/expert/identity-challenges", { purpose: "evaluation:x" }, staff).catch(fail)).status).toBe(401)
      expect(await challengeRow(data.identity_challenge.id)).toEqual({ consumed_at: null, certificate_serial: null })
    })
  },
})
