// Everything the start script, the seed and the test runner agree on: where local state
// lives, and how the environment for the backend is assembled from the machine's settings.
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const dataDir = process.env.GOVMALL_DATA_DIR
  ? path.resolve(process.env.GOVMALL_DATA_DIR)
  : path.join(repoRoot, ".data")
export const backendDir = path.join(repoRoot, "backend")
export const storefrontDir = path.join(repoRoot, "storefront")
export const caDir = process.env.GOVMALL_CA_DIR
  ? path.resolve(process.env.GOVMALL_CA_DIR)
  : path.join(dataDir, "ca")

/** JWT, cookie and ID-number-hash secrets: from the environment, else generated once into .data. */
export function developmentSecrets() {
  const file = path.join(dataDir, "secrets.json")
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    const secrets = {
      JWT_SECRET: randomBytes(32).toString("base64url"),
      COOKIE_SECRET: randomBytes(32).toString("base64url"),
      GOVMALL_ID_NUMBER_SALT: randomBytes(32).toString("base64url"),
    }
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  const stored = JSON.parse(fs.readFileSync(file, "utf8"))
  return {
    JWT_SECRET: process.env.JWT_SECRET || stored.JWT_SECRET,
    COOKIE_SECRET: process.env.COOKIE_SECRET || stored.COOKIE_SECRET,
    // Older .data folders predate the salt: fall back to procurement-core's development default.
    ...(process.env.GOVMALL_ID_NUMBER_SALT || stored.GOVMALL_ID_NUMBER_SALT
      ? { GOVMALL_ID_NUMBER_SALT: process.env.GOVMALL_ID_NUMBER_SALT || stored.GOVMALL_ID_NUMBER_SALT }
      : {}),
  }
}
