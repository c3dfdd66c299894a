/**
 * Sealed responses over HTTP, real app and PostgreSQL: six suppliers with their own
 * certificates (CSR route, keys made on their side) pay deposits and submit sealed, signed
 * responses; nothing can read a price before the opening — not the agency, not another
 * supplier, not the database rows, not a pg_dump plus the server's configuration and CA folder;
 * the opening: five release their keys, one does not (invalid), one price above the ceiling
 * (disqualified), one signed with another party's certificate (flagged, disqualified); the
 * collusion clues (shared IP and deposit account, the lent certificate). Also: late, double,
 * replaced and withdrawn responses, wrong lot, bad input with nothing written.
 */
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import forge from "node-forge"
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { Modules } from "@medusajs/framework/utils"
import { planBody } from "./fixtures"
import { clearFields, contentKey, makeKeys, responseBody, sealedPart, type Party } from "./response-fixtures"
import { actorHeaders } from "../../../tests/helpers/actor-token"

type H = { headers: Record<string, string> }
const system = { actor_type: "system", actor_id: "fa-test" }
const DAY = 24 * 3600 * 1000
const HOUR = 3600 * 1000

// Sealed prices (fen) chosen to be findable: none may appear anywhere before the opening.
const PRICES = { s1: 438_217, s2: 451_903, s3: 447_129, s4: 512_377, s5: 462_851, s6: 429_563 }
const CONSUMABLES = 38_761
const secretStrings = [...Object.values(PRICES), CONSUMABLES].flatMap((fen) => [String(fen), (fen / 100).toFixed(2)])

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const as: Record<string, H> = {}
    const sup: Record<string, Party> = {}
    let base: Date
    let solicitationId: string
    let lots: Array<{ id: string; max_unit_price_fen: number; deposit_fen: number }>
    let deadline: Date
    const clock = () => getContainer().resolve("procurement_clock")
    const call = async (method: string, url: string, who: H | null, data?: unknown, headers: Record<string, string> = {}) =>
      api.request({ method, url, data, headers: { ...(who?.headers ?? {}), ...headers }, validateStatus: () => true })
    async function ok(method: string, url: string, who: H | null, data?: unknown, status = 200, headers: Record<string, string> = {}) {
      const response = await call(method, url, who, data, headers)
      expect(response.status, `${method} ${url}: ${JSON.stringify(response.data)}`).toBe(status)
      return response.data
    }

    async function tokenFor(actorType: string, actorId: string, email: string): Promise<H> {
      return actorHeaders(getContainer(), actorType, actorId, email, "30d")
    }
    async function staff(orgId: string, role: string, name: string) {
      const email = `${name}@fa-resp.example.cn`
      const [user] = await getContainer().resolve(Modules.USER).createUsers([{ email }])
      await getContainer().resolve("procurement_organization").createMember({ organization_id: orgId, actor_type: "user", actor_id: user.id, role, email, name }, system)
      as[name] = await tokenFor("user", user.id, email)
    }

    beforeAll(async () => {
      const issuing = forge.pki.certificateFromPem((await api.get("/ca/issuing")).data)
      base = new Date(Math.floor(issuing.validity.notBefore.getTime() / 1000) * 1000 + DAY)
      clock().setNow(base)
      const orgs = getContainer().resolve("procurement_organization")
      const org = (kind: string, name: string, region_code: string) => orgs.createOrganization({ kind, name, region_code }, system)
      const agency = await org("agency", "山西省政府采购中心", "140000")
      const otherAgency = await org("agency", "太原市公共资源交易中心", "140100")
      const regSx = await org("regulator", "山西省财政厅", "140000")
      const regBj = await org("regulator", "北京市财政局", "110000")
      await staff(agency.id, "operator", "opA")
      await staff(agency.id, "approver", "apA")
      await staff(otherAgency.id, "approver", "apB")
      await staff(regSx.id, "approver", "regSx")
      await staff(regBj.id, "admin", "regBj")
      const { generateUscc } = require("@govmall/procurement-core/domain/uscc")
      const names = ["晋云信息技术", "并州电子", "龙城科技", "汾河数码", "太行办公设备", "吕梁智能"]
      for (let i = 0; i < 6; i++) {
        const key = `s${i + 1}`
        const email = `${key}@supplier${i + 1}.example.cn`
        const uscc = generateUscc({ seed: 4100 + i, regionCode: "140100" })
        const { organization, member } = await orgs.registerOrganization({
          organization: { kind: "supplier", name: `山西${names[i]}有限公司`, uscc, region_code: "140100" },
          supplier_profile: { enterprise_size: "small", bank_account_name: names[i], bank_name: "中国工商银行太原分行", bank_account_number: `05021234090245678${i}` },
          registrant: { name: `联系人${i + 1}`, email },
        })
        await orgs.transitionOrganization(organization.id, "approved", {}, system)
        const headers = (await tokenFor("supplier", member.actor_id, email)).headers
        const keys = await makeKeys()
        const issued = await ok("POST", "/supplier/certificates", { headers }, { csr_pem: keys.csr_pem })
        sup[key] = { name: key, org_id: organization.id, uscc, headers, privateKeyPem: keys.privateKeyPem, certificate: issued.certificate }
      }
      const plan = await ok("POST", "/admin/solicitations", as.opA, planBody(), 201)
      solicitationId = plan.solicitation.id
      await ok("POST", `/admin/solicitations/${solicitationId}/submit`, as.apA, {})
      await ok("POST", `/admin/solicitations/${solicitationId}/approve`, as.regSx, {})
      const published = await ok("POST", `/admin/solicitations/${solicitationId}/publish`, as.apA, {})
      lots = published.solicitation.lots
      deadline = new Date(published.solicitation.response_deadline)
    })

    afterAll(() => getContainer()?.resolve("procurement_clock").reset())

    const url = (suffix = "") => `/supplier/solicitations/${solicitationId}/responses${suffix}`
    const ip = (n: number) => ({ "x-forwarded-for": `223.104.3.${n}` })
    async function pay(s: Party, account: string, lot = lots[0]) {
      return await ok("POST", `/supplier/solicitations/${solicitationId}/deposits`, { headers: s.headers }, { lot_id: lot.id, account_number: account }, 201)
    }
    async function submit(s: Party, price: number, options: { signer?: Party; ip?: number; fp?: string; mac?: string; consumables?: number; lot?: string } = {}) {
      const body = await responseBody({
        solicitation_id: solicitationId,
        lot_id: options.lot ?? lots[0].id,
        supplier: s,
        signer: options.signer,
        sealed: sealedPart(price, options.consumables),
        signed_at: clock().now(),
        device_fingerprint: options.fp,
        mac: options.mac,
      })
      const response = await call("POST", url(), { headers: s.headers }, body, ip(options.ip ?? 1))
      return { response, body }
    }
    const rows = async (sql: string, bindings: unknown[] = []) => (await dbConnection.raw(sql, bindings)).rows
    const counts = async () =>
      (
        await rows(`SELECT (SELECT count(*) FROM solicitation_response)::int AS responses, (SELECT count(*) FROM response_deposit)::int AS deposits,
                           (SELECT count(*) FROM audit_log)::int AS audits`)
      )[0]
    const noSecret = (label: string, text: string) => {
      for (const secret of secretStrings) expect(text.includes(secret), `${label} contains the sealed value ${secret}`).toBe(false)
    }

    it("keeps six sealed responses unreadable until the opening, then opens, flags and finds the clues", async () => {
      clock().setNow(new Date(base.getTime() + DAY))
      // Deposits for lot 1 (the plan asks 200,000 yuan); s5 and s6 pay from the same account.
      const accounts = ["6222020200110000011", "6222020200110000022", "6222020200110000033", "6222020200110000044", "6228480012345678901", "6228-4800-1234-5678-901"]
      const deposits = []
      for (let i = 0; i < 6; i++) deposits.push((await pay(sup[`s${i + 1}`], accounts[i])).deposit)
      expect(deposits[0]).toMatchObject({ amount_fen: lots[0].deposit_fen, status: "paid", paying_account: accounts[0], refund_due_at: null })

      const submitted: Record<string, { id: string; envelope: unknown }> = {}
      const plan: Array<[string, number, { signer?: Party; ip: number; fp: string; mac: string; consumables?: number }]> = [
        ["s1", PRICES.s1, { ip: 11, fp: "fp-s1", mac: "00-1A-2B-3C-4D-01", consumables: CONSUMABLES }],
        ["s2", PRICES.s2, { ip: 12, fp: "fp-s2", mac: "00-1A-2B-3C-4D-02" }],
        ["s3", PRICES.s3, { signer: sup.s2, ip: 13, fp: "fp-s3", mac: "00-1A-2B-3C-4D-03" }],
        ["s4", PRICES.s4, { ip: 14, fp: "fp-s4", mac: "00-1A-2B-3C-4D-04" }],
        ["s5", PRICES.s5, { ip: 88, fp: "fp-s5", mac: "00-1A-2B-3C-4D-05" }],
        ["s6", PRICES.s6, { ip: 88, fp: "fp-s6", mac: "00-1A-2B-3C-4D-06" }],
      ]
      for (const [key, price, options] of plan) {
        const { response, body } = await submit(sup[key], price, options)
        expect(response.status, JSON.stringify(response.data)).toBe(201)
        expect(response.data.response).toMatchObject({ status: "submitted", lot_id: lots[0].id, price_fen: null, foreign_certificate: key === "s3" })
        submitted[key] = { id: response.data.response.id, envelope: body.envelope }
      }

      // The agency and the regulator see that six responses exist, whose and when — no price.
      for (const who of [as.apA, as.regSx]) {
        const list = await ok("GET", `/admin/solicitations/${solicitationId}/responses`, who)
        expect(list).toMatchObject({ sealed: true, count: 6, count_by_lot: { [lots[0].id]: 6, [lots[1].id]: 0 } })
        expect(list.responses[0]).toEqual(expect.objectContaining({ supplier_org_id: sup.s1.org_id, status: "submitted", key_released: false, sealed: true }))
        expect(list.responses[0]).not.toHaveProperty("envelope")
        expect(list.responses[0]).not.toHaveProperty("price_fen")
        noSecret("the staff list", JSON.stringify(list))
      }
      // Another agency and another province's regulator do not see the solicitation at all.
      expect((await call("GET", `/admin/solicitations/${solicitationId}/responses`, as.apB)).status).toBe(404)
      expect((await call("GET", `/admin/solicitations/${solicitationId}/responses`, as.regBj)).status).toBe(404)
      // A supplier sees its own response (clear part + envelope), not another's, nor how many there are.
      const own = await ok("GET", url(), { headers: sup.s2.headers })
      expect(own.responses.map((r: { id: string }) => r.id)).toEqual([submitted.s2.id])
      expect(own.responses[0]).toMatchObject({ plaintext: clearFields(), envelope: submitted.s2.envelope })
      noSecret("a supplier's own view", JSON.stringify(own))
      expect((await call("POST", url(`/${submitted.s1.id}/withdraw`), { headers: sup.s2.headers }, {})).status).toBe(404)

      // The database rows hold no price; neither does the audit log.
      noSecret("solicitation_response rows", JSON.stringify(await rows(`SELECT row_to_json(r)::text AS row FROM solicitation_response r`)))
      noSecret("audit_log rows", JSON.stringify(await rows(`SELECT row_to_json(a)::text AS row FROM audit_log a`)))

      // A full pg_dump plus the server's configuration and CA folder (its keys) holds no price.
      const [{ db }] = await rows(`SELECT current_database() AS db`)
      // The embedded PostgreSQL of the no-server default ships no pg_dump: only there is the dump
      // part skipped (Debian's postgresql-client provides /usr/bin/pg_dump; CI has it).
      const embedded = process.env.GOVMALL_TEST_PG_PORT !== undefined || (Number(process.env.DB_PORT) >= 54330 && Number(process.env.DB_PORT) < 54830)
      const skipDump = embedded && !existsSync("/usr/bin/pg_dump")
      if (skipDump) console.warn("[responses-http] pg_dump not found next to the embedded PostgreSQL: the dump part of the sealing check is skipped")
      const dump = skipDump ? "" : execFileSync("/usr/bin/pg_dump", ["-h", process.env.DB_HOST ?? "localhost", "-p", process.env.DB_PORT ?? "5432", "-U", process.env.DB_USERNAME ?? "postgres", "--no-owner", db], {
        env: { ...process.env, PGPASSWORD: process.env.DB_PASSWORD ?? "" },
        maxBuffer: 512 * 1024 * 1024,
      }).toString("utf8")
      if (!skipDump) {
        expect(dump).toContain(submitted.s1.id) // the dump is real: it holds the responses
        expect(dump).toContain("启天 M455")
      }
      const caDir = process.env.GOVMALL_CA_DIR as string
      expect(caDir && existsSync(caDir)).toBeTruthy()
      const caFiles = readdirSync(caDir).map((f) => readFileSync(path.join(caDir, f), "utf8"))
      expect(caFiles.join("\n")).toContain("PRIVATE KEY") // the CA's keys are in the haystack
      const backend = process.cwd()
      const config = ["medusa-config.ts", ".env"].filter((f) => existsSync(path.join(backend, f))).map((f) => readFileSync(path.join(backend, f), "utf8"))
      const haystack = [dump, ...caFiles, ...config, JSON.stringify(process.env)].join("\n")
      noSecret("pg_dump + configuration + CA folder", haystack)

      // Before the opening time: no opening, no key taken.
      const early = await call("POST", `/admin/solicitations/${solicitationId}/open`, as.apA, {})
      expect(early.status).toBe(400)
      expect(early.data.message).toContain("before its opening time")
      const earlyKey = await call("POST", url(`/${submitted.s1.id}/open`), { headers: sup.s1.headers }, { content_key: await contentKey(submitted.s1.envelope, sup.s1) })
      expect(earlyKey.status).toBe(400)
      expect(earlyKey.data.message).toContain("has not been opened yet")

      // After the deadline nothing is accepted, withdrawn or replaced.
      clock().setNow(new Date(deadline.getTime() + 1))
      const late = await submit(sup.s1, 400_000, { lot: lots[1].id })
      expect(late.response.status).toBe(400)
      expect(late.response.data.message).toContain("has passed")
      expect((await call("POST", url(`/${submitted.s1.id}/withdraw`), { headers: sup.s1.headers }, {})).data.message).toContain("has passed")

      // The opening: another agency cannot; the owning agency opens (published → closed → opened).
      clock().setNow(new Date(deadline.getTime() + HOUR))
      expect((await call("POST", `/admin/solicitations/${solicitationId}/open`, as.apB, {})).status).toBe(404)
      const opened = await ok("POST", `/admin/solicitations/${solicitationId}/open`, as.opA, {})
      expect(opened.solicitation.status).toBe("opened")
      expect(opened.opening).toMatchObject({ closed_at: null, clues: null, window_closes_at: new Date(deadline.getTime() + 2 * HOUR).toISOString() })
      const audits = (await rows(`SELECT action FROM audit_log WHERE record_id = ? ORDER BY occurred_at, id`, [solicitationId])).map((r: { action: string }) => r.action)
      expect(audits.slice(-2)).toEqual(["solicitation.closed", "solicitation.opened"])

      // A key that is not this envelope's is refused and changes nothing.
      const wrong = await call("POST", url(`/${submitted.s1.id}/open`), { headers: sup.s1.headers }, { content_key: await contentKey(submitted.s2.envelope, sup.s2) })
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toContain("wrong_key")
      // Five release their keys (s3 with the key of s2, whose certificate it used); s6 does not.
      const outcome: Record<string, any> = {}
      for (const [key, holder] of [["s1", sup.s1], ["s2", sup.s2], ["s3", sup.s2], ["s4", sup.s4], ["s5", sup.s5]] as const) {
        const released = await ok("POST", url(`/${submitted[key].id}/open`), { headers: sup[key].headers }, { content_key: await contentKey(submitted[key].envelope, holder) })
        outcome[key] = released.response
      }
      expect(outcome.s1).toMatchObject({ status: "opened", price_fen: PRICES.s1 })
      expect(outcome.s2).toMatchObject({ status: "opened", price_fen: PRICES.s2 })
      expect(outcome.s3).toMatchObject({ status: "disqualified", status_reason: "foreign_certificate", foreign_certificate: true })
      expect(outcome.s3.status_detail).toContain(sup.s2.uscc)
      expect(outcome.s4).toMatchObject({ status: "disqualified", status_reason: "price_above_ceiling", price_fen: PRICES.s4 })
      expect(outcome.s4.status_detail).toBe("price ¥5123.77 exceeds the maximum unit price ¥5000.00")
      expect(outcome.s5).toMatchObject({ status: "opened", price_fen: PRICES.s5 })
      // Twice → the transition table refuses.
      expect((await call("POST", url(`/${submitted.s1.id}/open`), { headers: sup.s1.headers }, { content_key: await contentKey(submitted.s1.envelope, sup.s1) })).status).toBe(400)

      // While the window is open the agency still sees nothing opened.
      const during = await ok("GET", `/admin/solicitations/${solicitationId}/responses`, as.apA)
      expect(during.sealed).toBe(true)
      expect(during.responses.filter((r: { key_released: boolean }) => r.key_released)).toHaveLength(5)
      noSecret("the staff list during the window", JSON.stringify(during))
      const notYet = await call("POST", `/admin/solicitations/${solicitationId}/opening/close`, as.apA, {})
      expect(notYet.status).toBe(400)
      expect(notYet.data.message).toContain("1 response(s) are not decrypted yet")

      // The window ends: s6 is too late; the agency closes; s6 becomes invalid; the clues.
      clock().setNow(new Date(deadline.getTime() + 2 * HOUR))
      const tooLate = await call("POST", url(`/${submitted.s6.id}/open`), { headers: sup.s6.headers }, { content_key: await contentKey(submitted.s6.envelope, sup.s6) })
      expect(tooLate.status).toBe(400)
      expect(tooLate.data.message).toContain("are no longer taken")
      const closed = await ok("POST", `/admin/solicitations/${solicitationId}/opening/close`, as.apA, {})
      expect(closed.invalidated).toEqual([submitted.s6.id])
      const clues = closed.opening.clues as Array<{ kind: string; supplier_ids: string[]; evidence: Record<string, unknown> }>
      const pair56 = [sup.s5.org_id, sup.s6.org_id].sort()
      expect(clues.find((c) => c.kind === "same_client_ip")).toMatchObject({ supplier_ids: pair56, evidence: { client_ip: "223.104.3.88" } })
      expect(clues.find((c) => c.kind === "same_deposit_account")).toMatchObject({ supplier_ids: pair56, evidence: { deposit_account: "6228480012345678901" } })
      expect(clues.find((c) => c.kind === "foreign_certificate")).toMatchObject({
        supplier_ids: [sup.s2.org_id, sup.s3.org_id].sort(),
        evidence: { signer_uscc: sup.s2.uscc, certificate_owner_supplier_id: sup.s2.org_id },
      })
      expect(clues.map((c) => c.kind).sort()).toEqual(["foreign_certificate", "same_client_ip", "same_deposit_account"])

      // Now revealed to the agency and the province's regulator, with the clues.
      const after = await ok("GET", `/admin/solicitations/${solicitationId}/responses`, as.regSx)
      expect(after.sealed).toBe(false)
      const byId = Object.fromEntries(after.responses.map((r: { id: string }) => [r.id, r]))
      expect(byId[submitted.s6.id]).toMatchObject({ status: "invalid", status_reason: "not_decrypted_in_window", price_fen: null })
      expect(byId[submitted.s1.id]).toMatchObject({ status: "opened", price_fen: PRICES.s1, client_ip: "223.104.3.11", mac: "00-1A-2B-3C-4D-01" })
      expect(byId[submitted.s1.id].opened_content.consumables[0].unit_price_fen).toBe(CONSUMABLES)
      // The same row checks that found nothing before now find the opened prices (they can fail).
      const openedRows = JSON.stringify(await rows(`SELECT row_to_json(r)::text AS row FROM solicitation_response r`))
      expect(openedRows).toContain(String(PRICES.s1))
      expect(() => noSecret("opened rows", openedRows)).toThrow()
      const opening = await ok("GET", `/admin/solicitations/${solicitationId}/opening`, as.regSx)
      expect(opening.opening).toMatchObject({ clue_count: 3, invalid_count: 1, closed_at: expect.any(String) })
      expect((await call("GET", `/admin/solicitations/${solicitationId}/opening`, as.regBj)).status).toBe(404)
      const actions = (await rows(`SELECT action FROM audit_log WHERE record_type IN ('solicitation_response', 'response_opening', 'response_deposit')`)).map((r: { action: string }) => r.action)
      expect(actions.filter((a: string) => a === "response.submitted")).toHaveLength(6)
      expect(actions.filter((a: string) => a === "response_deposit.paid")).toHaveLength(6)
      expect(actions).toEqual(expect.arrayContaining(["response.opened", "response.disqualified", "response.invalid", "response_opening.started", "response_opening.closed"]))
    })

    it("takes one live response per supplier and lot, replaces and withdraws it before the deadline, and refuses bad input writing nothing", async () => {
      clock().setNow(new Date(base.getTime() + 2 * DAY))
      const s1 = sup.s1
      // Lot 1 asks for a deposit: without it, refused naming it.
      const unpaid = await submit(s1, 450_000)
      expect(unpaid.response.status).toBe(400)
      expect(unpaid.response.data.message).toContain("deposit")
      await pay(s1, "6222020200110000011")
      const first = await submit(s1, 450_000)
      expect(first.response.status).toBe(201)
      const firstId = first.response.data.response.id

      const twice = await submit(s1, 440_000)
      expect(twice.response.status).toBe(400)
      expect(twice.response.data.message).toContain(`already has response ${firstId}`)

      // Replace: the old one is withdrawn in the same transaction, the new one is live.
      const body = await responseBody({ solicitation_id: solicitationId, lot_id: lots[0].id, supplier: s1, sealed: sealedPart(441_000), signed_at: clock().now() })
      const { lot_id: _lot, ...replaceBody } = body
      const replaced = await ok("POST", url(`/${firstId}/replace`), { headers: s1.headers }, replaceBody, 201)
      expect(replaced.response).toMatchObject({ status: "submitted", replaces_id: firstId })
      const mine = await ok("GET", url(), { headers: s1.headers })
      expect(mine.responses.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
        [firstId, "withdrawn"],
        [replaced.response.id, "submitted"],
      ])
      expect(mine.responses[0].replaced_by_id).toBe(replaced.response.id)
      // Withdraw, then a fresh submission is accepted again.
      await ok("POST", url(`/${replaced.response.id}/withdraw`), { headers: s1.headers }, {})
      expect((await call("POST", url(`/${replaced.response.id}/withdraw`), { headers: s1.headers }, {})).status).toBe(400)
      expect((await submit(s1, 439_000)).response.status).toBe(201)
      const staffView = await ok("GET", `/admin/solicitations/${solicitationId}/responses`, as.apA)
      expect(staffView.count).toBe(1)

      // A declined deposit payment is a 400 with the bank's reason and records no deposit.
      const depositsBefore = (await counts()).deposits
      const declined = await call("POST", `/supplier/solicitations/${solicitationId}/deposits`, { headers: sup.s3.headers }, { lot_id: lots[0].id, account_number: "6214830000000002" })
      expect(declined.status).toBe(400)
      expect(declined.data.message).toContain("declined")
      expect((await counts()).deposits).toBe(depositsBefore)
      // Lot 2 asks for no deposit → 400 naming lot_id.
      const noDeposit = await call("POST", `/supplier/solicitations/${solicitationId}/deposits`, { headers: sup.s3.headers }, { lot_id: lots[1].id, account_number: "6222020200110000033" })
      expect(noDeposit.status).toBe(400)
      expect(noDeposit.data.message).toContain("lot_id")

      // Two submissions of one supplier to one lot at the same time: exactly one is taken.
      const racing = await Promise.all(
        [700_001, 700_002].map(async (price) =>
          call("POST", url(), { headers: sup.s3.headers }, await responseBody({ solicitation_id: solicitationId, lot_id: lots[1].id, supplier: sup.s3, sealed: sealedPart(price), signed_at: clock().now() }))
        )
      )
      expect(racing.map((r) => r.status).sort()).toEqual([201, 400])
      expect((await rows(`SELECT count(*)::int AS n FROM solicitation_response WHERE supplier_org_id = ? AND status = 'submitted'`, [sup.s3.org_id]))[0].n).toBe(1)

      // Wrong lot / unknown solicitation.
      const before = await counts()
      const wrongLot = await call("POST", url(), { headers: s1.headers }, { ...(await responseBody({ solicitation_id: solicitationId, lot_id: "sollot_nope", supplier: s1, sealed: sealedPart(1), signed_at: clock().now() })) })
      expect(wrongLot.status).toBe(400)
      expect(wrongLot.data.message).toContain("lot_id")
      const unknown = await call("POST", `/supplier/solicitations/sol_nope/responses`, { headers: s1.headers }, body)
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("sol_nope")

      // Bad clear fields → 400 naming the field.
      const bad: Array<[string, unknown, string]> = [
        ["negative warranty", { plaintext: { ...body.plaintext, warranty_months: -1 } }, "warranty_months"],
        ["non-numeric delivery", { plaintext: { ...body.plaintext, delivery_days: "十五" } }, "delivery_days"],
        ["missing brand", { plaintext: { ...body.plaintext, brand: undefined } }, "brand"],
        ["blank model", { plaintext: { ...body.plaintext, product_model: "   " } }, "product_model"],
        ["missing envelope", { envelope: undefined }, "envelope"],
        ["broken envelope", { envelope: { v: 1 } }, "envelope"],
        ["missing signature", { signature: undefined }, "signature"],
        ["unknown field", { price_fen: 1 }, "price_fen"],
      ]
      for (const [label, change, field] of bad) {
        const response = await call("POST", url(), { headers: sup.s2.headers }, { ...body, lot_id: lots[1].id, ...change })
        expect(response.status, label).toBe(400)
        expect(response.data.message, label).toContain(field)
      }
      // Clear fields changed after signing → the signature does not cover them.
      const tampered = await responseBody({ solicitation_id: solicitationId, lot_id: lots[1].id, supplier: sup.s2, sealed: sealedPart(700_000), signed_at: clock().now() })
      const forged = await call("POST", url(), { headers: sup.s2.headers }, { ...tampered, plaintext: { ...tampered.plaintext, brand: "华为" } })
      expect(forged.status).toBe(400)
      expect(forged.data.message).toContain("digest_mismatch")
      // Not the supplier's own document.
      const docs = await call("POST", url(), { headers: sup.s2.headers }, await responseBody({
        solicitation_id: solicitationId, lot_id: lots[1].id, supplier: sup.s2, sealed: sealedPart(700_000), signed_at: clock().now(),
        plaintext: clearFields({ qualification_document_ids: ["doc_not_mine"] }),
      }))
      expect(docs.status).toBe(400)
      expect(docs.data.message).toContain("qualification_document_ids")
      expect(await counts()).toEqual(before)
      // Lot 2 has no deposit: a valid submission goes through.
      expect((await call("POST", url(), { headers: sup.s2.headers }, tampered, ip(2))).status).toBe(201)

      // Rollback: the opening's last write fails (an opening row already there) → the
      // solicitation goes back from opened to published, audited as compensated.
      clock().setNow(new Date(deadline.getTime() + HOUR))
      await getContainer().resolve("response").createResponseOpenings({
        solicitation_id: solicitationId,
        opened_at: clock().now(),
        opened_by: "user_leftover",
        window_closes_at: new Date(deadline.getTime() + 2 * HOUR),
      })
      const failed = await call("POST", `/admin/solicitations/${solicitationId}/open`, as.apA, {})
      expect(failed.status).toBe(400)
      expect(failed.data.message).toContain("was already opened")
      expect((await ok("GET", `/admin/solicitations/${solicitationId}`, as.apA)).solicitation.status).toBe("published")
      const trail = (await rows(`SELECT action FROM audit_log WHERE record_id = ? ORDER BY occurred_at, id`, [solicitationId])).map((r: { action: string }) => r.action)
      expect(trail.slice(-3)).toEqual(["solicitation.closed", "solicitation.opened", "solicitation.opened_compensated"])
    })
  },
})
