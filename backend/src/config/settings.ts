/**
 * Reads GovMall's runtime settings from the environment. Development gets safe defaults
 * (loopback only, local origins); production refuses to start with the development
 * secrets, because a leaked default JWT secret lets anyone mint admin tokens.
 */
export const DEVELOPMENT_SECRET = "govmall-development-secret-do-not-use-in-production"

export type WorkerMode = "shared" | "worker" | "server"

export interface Settings {
  databaseUrl: string
  databaseSsl: boolean
  redisUrl?: string
  /**
   * Prefix of every Redis key and queue GovMall's instances use (event bus, workflow engine,
   * locks, cache). Instances of one deployment share it; two deployments — or two test runs —
   * on one Redis must not, or one's workers take the other's events.
   */
  redisNamespace: string
  workerMode: WorkerMode
  jwtSecret: string
  cookieSecret: string
  storeCors: string
  adminCors: string
  authCors: string
  backendUrl: string
  adminDisabled: boolean
}

const LOCAL_ORIGINS = "http://localhost:5173,http://127.0.0.1:5173,http://localhost:9000,http://127.0.0.1:9000"

export function readSettings(env: Record<string, string | undefined>): Settings {
  const production = env.NODE_ENV === "production"
  const workerMode = (env.MEDUSA_WORKER_MODE ?? "shared") as WorkerMode
  if (!["shared", "worker", "server"].includes(workerMode)) {
    throw new Error(
      `MEDUSA_WORKER_MODE must be shared, worker or server (got "${env.MEDUSA_WORKER_MODE}")`
    )
  }

  const jwtSecret = env.JWT_SECRET || DEVELOPMENT_SECRET
  const cookieSecret = env.COOKIE_SECRET || DEVELOPMENT_SECRET
  if (production) {
    const weak = [
      ["JWT_SECRET", jwtSecret],
      ["COOKIE_SECRET", cookieSecret],
      // Salt of the experts' ID-number hashes (procurement-core): a leaked default would let
      // anyone confirm a guessed ID number against the table.
      ["GOVMALL_ID_NUMBER_SALT", env.GOVMALL_ID_NUMBER_SALT || DEVELOPMENT_SECRET],
    ].filter(([, value]) => value === DEVELOPMENT_SECRET || value === "supersecret" || value.length < 32)
    if (weak.length) {
      throw new Error(
        `Refusing to start in production: ${weak
          .map(([name]) => name)
          .join(" and ")} must be set to a random secret of at least 32 characters`
      )
    }
  }

  const port = env.PORT || "9000"
  return {
    databaseUrl: env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/govmall",
    databaseSsl: env.DATABASE_SSL === "true",
    redisUrl: env.REDIS_URL || undefined,
    redisNamespace: readRedisNamespace(env.GOVMALL_REDIS_NAMESPACE),
    workerMode,
    jwtSecret,
    cookieSecret,
    storeCors: env.STORE_CORS || LOCAL_ORIGINS,
    adminCors: env.ADMIN_CORS || LOCAL_ORIGINS,
    authCors: env.AUTH_CORS || LOCAL_ORIGINS,
    backendUrl: env.MEDUSA_BACKEND_URL || `http://localhost:${port}`,
    adminDisabled: env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
  }
}

function readRedisNamespace(raw: string | undefined): string {
  const namespace = raw?.trim() || "govmall"
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(namespace)) {
    throw new Error(
      `GOVMALL_REDIS_NAMESPACE must be 1-64 letters, digits, "_" or "-" (BullMQ queue names may not hold ":") (got ${JSON.stringify(raw)})`
    )
  }
  return namespace
}
