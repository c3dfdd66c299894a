import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import net from "node:net"
import path from "node:path"
import pg from "pg"

export const backendDir = path.resolve(__dirname, "../../backend")

/** Connection URL for a database on the test PostgreSQL (DB_HOST etc., set by global setup). */
export function testDatabaseUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${database}`
}

export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: testDatabaseUrl("postgres") })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Runs a medusa CLI command in the backend folder and fails loudly with its output. */
export function medusaCli(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync("npx", ["medusa", ...args], { cwd: backendDir, env, encoding: "utf8" })
  if (result.status !== 0) {
    throw new Error(`medusa ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`)
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })
}

export interface MedusaInstance {
  process: ChildProcess
  url: string
  output: () => string
  stop: () => Promise<void>
}

/** Starts `medusa start` as its own process (a real second instance, not in-process). */
export async function startMedusa(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<MedusaInstance> {
  const port = await freePort()
  const child = spawn("npx", ["medusa", "start"], {
    cwd: backendDir,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    detached: true,
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`medusa start exited early:\n${output}`)
    try {
      if ((await fetch(`${url}/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`medusa start did not become healthy:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    process: child,
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        process.kill(-child.pid!, "SIGTERM")
        setTimeout(() => {
          if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL")
        }, 10_000).unref()
      }),
  }
}
