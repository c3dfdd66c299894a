import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"

// The launcher `npm start` and the test run use when no database server is given.
const launcher = path.resolve(__dirname, "../../scripts/lib/embedded-postgres.mjs")

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe("embedded PostgreSQL launcher", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "govmall-embedded-"))
  const dataDir = path.join(root, "postgres")
  const port = 55000 + Math.floor(Math.random() * 2000)
  const logs: string[] = []
  let stop: (() => void) | undefined

  afterAll(() => {
    stop?.()
    fs.rmSync(root, { recursive: true, force: true })
  })

  it("initializes a UTF-8 cluster that keeps Chinese text, bound to loopback", async () => {
    const { startEmbeddedPostgres } = await import(launcher)
    const db = await startEmbeddedPostgres({ dataDir, port, database: "govmall", log: (l: string) => logs.push(l) })
    stop = db.stop
    const [settings] = await query(
      db.url,
      "select current_setting('server_encoding') as encoding, current_setting('lc_ctype') as ctype, current_setting('listen_addresses') as listen"
    )
    expect(settings.encoding).toBe("UTF8")
    expect(settings.ctype).toMatch(/utf-?8/i)
    expect(settings.listen).toBe("localhost")
    await query(db.url, "create table t (name text); insert into t values ('台式计算机 空调 打印机')")
    expect((await query(db.url, "select name, length(name) as n from t"))[0]).toEqual({ name: "台式计算机 空调 打印机", n: 12 })
    db.stop()
    stop = undefined
  })

  it("recovers from a server orphaned by a killed parent, keeping the data", async () => {
    // A separate Node process starts the server and dies without stopping it (like kill -9).
    execFileSync(process.execPath, [
      "--input-type=module",
      "-e",
      `const { startEmbeddedPostgres } = await import(${JSON.stringify(launcher)});
       await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, database: "govmall", log: () => {} });
       process.exit(0)`,
    ])
    const { startEmbeddedPostgres } = await import(launcher)
    const db = await startEmbeddedPostgres({ dataDir, port, database: "govmall", log: (l: string) => logs.push(l) })
    stop = db.stop
    expect(logs.some((line) => line.includes("orphaned"))).toBe(true)
    expect((await query(db.url, "select name from t"))[0].name).toBe("台式计算机 空调 打印机")
    db.stop()
    stop = undefined
  })

  it("starts over a stale pid file left by a crash", async () => {
    const pidFile = path.join(fs.realpathSync(dataDir), "postmaster.pid")
    // A pid that is certainly not running (beyond pid_max on Linux).
    fs.writeFileSync(pidFile, "4194399\n")
    const { startEmbeddedPostgres } = await import(launcher)
    const db = await startEmbeddedPostgres({ dataDir, port, database: "govmall", log: (l: string) => logs.push(l) })
    stop = db.stop
    expect((await query(db.url, "select count(*)::int as n from t"))[0].n).toBe(1)
  })
})
