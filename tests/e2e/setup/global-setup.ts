import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { TestProject } from "vitest/node"
import { freePort, testDatabaseUrl, withAdminClient } from "../../helpers/medusa-process"
import type { E2eContext } from "./context"

/**
 * One system for every browser journey: a scratch database on the test PostgreSQL (the one
 * tests/setup/global-database.ts chose), migrated and seeded with the demo accounts and the
 * sample catalog; a real `medusa start` on a free loopback port; the storefront built against
 * it and served by `vite preview`; Medusa Admin at `<backend>/app`. Torn down by process group id, the database dropped.
 *
 * Without Chromium the journeys are skipped and say so, except under CI=true, where .ci/run
 * installs it and a missing browser is a failure.
 */
const repoRoot = path.resolve(__dirname, "../../..")
const backendDir = path.join(repoRoot, "backend")
const storefrontDir = path.join(repoRoot, "storefront")
export const ARTIFACTS_DIR = path.join(repoRoot, "tests/e2e/artifacts")
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

const log = (message: string) => console.log(`[e2e] ${message}`)

export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM)) {
    const reason = `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`
    if (process.env.CI === "true") throw new Error(`[e2e] ${reason}; under CI=true the browser journeys must run`)
    log(`${reason}: the browser journeys are SKIPPED`)
    project.provide("e2e", { skip: reason } satisfies E2eContext)
    return
  }

  const started = Date.now()
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14)
  // Named apart from the integration runner's medusa-*-integration-*, the bench's govmall_bench_*
  // and the two-instance spec's govmall_two_instances_*.
  const database = `govmall_e2e_${stamp}_${process.pid}`
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "govmall-e2e-"))
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const children: ChildProcess[] = []
  let databaseCreated = false

  const teardown = async () => {
    for (const child of children.reverse()) await stopGroup(child)
    if (databaseCreated) {
      await withAdminClient((client) => client.query(`drop database if exists "${database}" with (force)`)).catch((error) =>
        log(`could not drop ${database}: ${error.message}`)
      )
    }
    fs.rmSync(scratch, { recursive: true, force: true })
    log("stopped the backend and the storefront, dropped the scratch database")
  }

  try {
    const backendPort = await freePort()
    const storefrontPort = await freePort()
    const backendUrl = `http://127.0.0.1:${backendPort}`
    const storefrontOrigins = `http://127.0.0.1:${storefrontPort},http://localhost:${storefrontPort}`
    // @ts-ignore — plain ESM helper shared with the start script
    const { ensurePlatformCa } = await import("../../../scripts/lib/platform-ca.mjs")
    const caDir = path.join(scratch, "ca")
    ensurePlatformCa(caDir)

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "development",
      LOG_LEVEL: "error",
      DATABASE_URL: testDatabaseUrl(database),
      JWT_SECRET: randomBytes(32).toString("hex"),
      COOKIE_SECRET: randomBytes(32).toString("hex"),
      GOVMALL_ID_NUMBER_SALT: randomBytes(32).toString("hex"),
      GOVMALL_CA_DIR: caDir,
      GOVMALL_DATA_DIR: scratch,
      SEED_STATE_FILE: path.join(scratch, "seed-state.json"),
      SEED_DEMO_KEYS_DIR: path.join(scratch, "keys"),
      HOST: "127.0.0.1",
      PORT: String(backendPort),
      MEDUSA_BACKEND_URL: backendUrl,
      STORE_CORS: storefrontOrigins,
      AUTH_CORS: storefrontOrigins,
      ADMIN_CORS: backendUrl,
      // Medusa Admin on: under NODE_ENV=development `medusa start` serves it through the admin
      // bundler's Vite middleware at /app (no `medusa build` step; the first page load
      // compiles it), for the admin journey.
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    // In-memory event bus and workflow engine: the machine's Redis may carry other apps' queues.
    delete env.REDIS_URL

    // A copy of the run's migrated template (tests/setup/global-template.ts) when there is one:
    // then the migration below only runs Medusa's migration scripts.
    const template = process.env.GOVMALL_TEST_TEMPLATE_DB
    log(`scratch database ${database}${template ? ` (a copy of ${template})` : ""}: migrating …`)
    await withAdminClient((client) =>
      client.query(`create database "${database}"${template ? ` template "${template.replace(/"/g, '""')}"` : ""}`)
    )
    databaseCreated = true
    run("npx", ["medusa", "db:migrate", "--execute-safe-links"], backendDir, env)
    log("seeding the demo accounts and the sample catalog …")
    const seedOut = path.join(scratch, "seed.json")
    run("npx", ["medusa", "exec", path.relative(backendDir, path.join(__dirname, "seed-e2e.ts"))], backendDir, {
      ...env,
      E2E_SEED_OUT: seedOut,
    })
    const seed = JSON.parse(fs.readFileSync(seedOut, "utf8"))
    log(`seeded ${seed.products} products, ${seed.offers} offers (${JSON.stringify(seed.timings)} ms)`)

    log(`starting the backend on ${backendUrl} and building the storefront …`)
    const backend = startProcess(
      "backend",
      process.execPath,
      [path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "start"],
      backendDir,
      env,
      scratch
    )
    children.push(backend)
    const distDir = path.join(scratch, "storefront-dist")
    const storefrontEnv = {
      ...process.env,
      VITE_MEDUSA_BACKEND_URL: backendUrl,
      VITE_MEDUSA_PUBLISHABLE_KEY: seed.publishable_key,
      VITE_GOVMALL_DEMO: "true",
    }
    const vite = path.join(repoRoot, "node_modules/vite/bin/vite.js")
    await Promise.all([
      waitForHttp(`${backendUrl}/health`, 180_000, backend, scratch),
      runAsync(process.execPath, [vite, "build", "--outDir", distDir, "--emptyOutDir"], storefrontDir, storefrontEnv),
    ])
    const preview = startProcess(
      "storefront",
      process.execPath,
      [vite, "preview", "--outDir", distDir, "--host", "127.0.0.1", "--port", String(storefrontPort), "--strictPort"],
      storefrontDir,
      storefrontEnv,
      scratch
    )
    children.push(preview)
    const storefrontUrl = `http://127.0.0.1:${storefrontPort}`
    await waitForHttp(storefrontUrl, 60_000, preview, scratch)

    const announcementTitle = await publishAnnouncement(backendUrl)
    log(`ready in ${((Date.now() - started) / 1000).toFixed(0)} s: storefront ${storefrontUrl}, backend ${backendUrl}`)
    project.provide("e2e", {
      storefrontUrl,
      backendUrl,
      publishableKey: seed.publishable_key,
      chromiumPath: CHROMIUM,
      artifactsDir: ARTIFACTS_DIR,
      announcementTitle,
    } satisfies E2eContext)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}

/** A solicitation notice drafted by the agency's operator and published by its approver, over HTTP. */
async function publishAnnouncement(backendUrl: string): Promise<string> {
  const token = async (email: string) => {
    const response = await fetch(`${backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "GovMall@2026" }),
    })
    if (!response.ok) throw new Error(`log-in of ${email}: ${response.status} ${await response.text()}`)
    return ((await response.json()) as { token: string }).token
  }
  const post = async (email: string, route: string, body: unknown) => {
    const response = await fetch(`${backendUrl}${route}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await token(email)}` },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`POST ${route}: ${response.status} ${await response.text()}`)
    return (await response.json()) as { announcement: { id: string; title: string } }
  }
  const title = "山西省2027年度办公设备框架协议采购征集公告"
  const { announcement } = await post("zhouting@zfcg.shanxi.gov.cn", "/admin/announcements", {
    type: "solicitation_notice",
    title,
    body: "一、项目名称：山西省2027年度办公设备框架协议采购\n二、征集内容：台式计算机、打印机、复印机\n三、响应截止时间：2027年1月15日 17:00（北京时间）",
    region_code: "140000",
  })
  await post("wugang@zfcg.shanxi.gov.cn", `/admin/announcements/${announcement.id}/publish`, {})
  return title
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8" })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout?.slice(-4000)}\n${result.stderr?.slice(-4000)}`)
  }
}

function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (${code}):\n${output.slice(-4000)}`))))
  })
}

/** A long-running child in its own process group, its output in a log file of the scratch folder. */
function startProcess(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, scratch: string) {
  const out = fs.openSync(path.join(scratch, `${name}.log`), "a")
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  ;(child as ChildProcess & { logName?: string }).logName = name
  return child
}

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess, scratch: string) {
  const deadline = Date.now() + timeoutMs
  const logTail = () => {
    const name = (child as ChildProcess & { logName?: string }).logName
    try {
      return fs.readFileSync(path.join(scratch, `${name}.log`), "utf8").slice(-4000)
    } catch {
      return ""
    }
  }
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode}):\n${logTail()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${logTail()}`)
}

async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL")
    } catch {
      // already gone
    }
  }, 10_000)
  await exited
  clearTimeout(timer)
}
