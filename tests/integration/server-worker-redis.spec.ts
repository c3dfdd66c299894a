import { randomBytes } from "node:crypto"
import pg from "pg"
import {
  medusaCli,
  startMedusa,
  testDatabaseUrl,
  withAdminClient,
  type MedusaInstance,
} from "../helpers/medusa-process"

// One API server and one worker, separate processes, same PostgreSQL and Redis: an event the
// server emits is handled by a subscriber on the worker. Published while no worker runs, the
// event waits in Redis and is handled once the worker starts — so the server itself does not
// run subscribers, and nothing is lost while the worker is down.
const redisUrl = process.env.REDIS_URL

describe.skipIf(!redisUrl)("server and worker over Redis", () => {
  const database = `govmall_two_instances_${randomBytes(4).toString("hex")}`
  // Its own Redis logical database, so queues never mix with another Medusa on this Redis.
  const redisDb = 1 + Math.floor(Math.random() * 15)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    LOG_LEVEL: "info",
    DATABASE_URL: testDatabaseUrl(database),
    REDIS_URL: redisUrl ? `${redisUrl.replace(/\/\d*$/, "")}/${redisDb}` : undefined,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
  }
  const instances: MedusaInstance[] = []

  beforeAll(async () => {
    await withAdminClient((client) => client.query(`create database "${database}"`))
    medusaCli(["db:migrate", "--execute-safe-links"], env)
    medusaCli(["user", "-e", "ops@czt.example.gov.cn", "-p", "Ops@2026!"], env)
    medusaCli(["user", "-e", "approver@czt.example.gov.cn", "-p", "Ops@2026!"], env)
    // Admin routes need an organization (procurement-core's admin role middleware): an operator
    // who drafts and an approver who publishes (an author may not publish their own draft).
    const client = new pg.Client({ connectionString: testDatabaseUrl(database) })
    await client.connect()
    try {
      await client.query(
        `insert into organization (id, kind, name, region_code, status, approved_at) values ('org_ops', 'agency', '山西省政府采购中心', '140000', 'approved', now())`
      )
      await client.query(
        `insert into member (id, organization_id, actor_type, actor_id, role, email, name)
         select 'mem_' || split_part(email, '@', 1), 'org_ops', 'user', id,
                case when email like 'approver@%' then 'approver' else 'operator' end, email, email
         from "user" where email in ('ops@czt.example.gov.cn', 'approver@czt.example.gov.cn')`
      )
    } finally {
      await client.end()
    }
  })

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()))
    await withAdminClient((client) => client.query(`drop database if exists "${database}" with (force)`))
  })

  it("the worker handles what the server emitted", async () => {
    const server = await startMedusa({ ...env, MEDUSA_WORKER_MODE: "server" })
    instances.push(server)

    const login = await fetch(`${server.url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "ops@czt.example.gov.cn", password: "Ops@2026!" }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    const approverLogin = await fetch(`${server.url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "approver@czt.example.gov.cn", password: "Ops@2026!" }),
    })
    const { token: approverToken } = await approverLogin.json()
    const as =
      (bearer: string) =>
      (path: string, body?: unknown) =>
        fetch(`${server.url}${path}`, {
          method: body ? "POST" : "GET",
          headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
          body: body ? JSON.stringify(body) : undefined,
        })
    const admin = as(token)
    const approver = as(approverToken)

    const created = await admin("/admin/announcements", {
      type: "solicitation_notice",
      title: "山西省2026年度台式计算机框架协议采购征集公告",
      body: "征集人：山西省政府采购中心。征集内容：台式计算机。",
      region_code: "140000",
    })
    expect(created.status).toBe(201)
    const { announcement } = await created.json()
    const published = await approver(`/admin/announcements/${announcement.id}/publish`, {})
    expect(published.status).toBe(200)

    // Published by the server, but its subscriber has not run: no worker yet.
    const inboxBefore = await (await admin("/admin/inbox")).json()
    expect(inboxBefore.messages).toHaveLength(0)

    const worker = await startMedusa({ ...env, MEDUSA_WORKER_MODE: "worker" })
    instances.push(worker)

    let messages: Array<{ title: string }> = []
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const inbox = await (await admin("/admin/inbox")).json()
      messages = inbox.messages
      if (messages.length) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(messages).toHaveLength(1)
    expect(messages[0].title).toBe("公告已发布：山西省2026年度台式计算机框架协议采购征集公告")
    // Medusa's Redis event bus logs each event it hands to subscribers: only the worker did.
    const handled = /Processing procurement_core\.announcement_published .* which has 1 subscribers/
    expect(worker.output()).toMatch(handled)
    expect(server.output()).not.toMatch(handled)
  })
})
