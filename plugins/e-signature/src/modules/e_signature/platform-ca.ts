/**
 * The platform CA files, made once by the setup step (scripts/lib/platform-ca.mjs) into the
 * folder GOVMALL_CA_DIR names. Read lazily on first use, then cached for the process. This
 * module never creates a CA: a missing or incomplete folder is a configuration error.
 */
import fs from "node:fs"
import path from "node:path"

export const CA_DIR_VARIABLE = "GOVMALL_CA_DIR"

export const PLATFORM_CA_FILES = {
  rootCert: "root-ca.cert.pem",
  issuingCert: "issuing-ca.cert.pem",
  issuingKey: "issuing-ca.key.pem",
} as const

export type PlatformCa = {
  dir: string
  rootCaPem: string
  issuingCaPem: string
  /** Signs certificates. Never logged, never returned by a route. */
  issuingKeyPem: string
}

export class PlatformCaConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "PlatformCaConfigurationError"
  }
}

let cached: PlatformCa | null = null

export function loadPlatformCa(env: NodeJS.ProcessEnv = process.env): PlatformCa {
  const configured = env[CA_DIR_VARIABLE]
  if (!configured) {
    throw new PlatformCaConfigurationError(
      `${CA_DIR_VARIABLE} is not set: it must name the folder holding the platform CA ` +
        `(created by the setup step, scripts/start.mjs / scripts/lib/platform-ca.mjs)`
    )
  }
  const dir = path.resolve(configured)
  if (cached?.dir === dir) return cached
  const read = (file: string) => {
    const full = path.join(dir, file)
    if (!fs.existsSync(full)) {
      throw new PlatformCaConfigurationError(
        `${CA_DIR_VARIABLE}=${dir} has no ${file}: the platform CA is missing or incomplete; run the setup step ` +
          `(it is never created by the server)`
      )
    }
    return fs.readFileSync(full, "utf8")
  }
  cached = {
    dir,
    rootCaPem: read(PLATFORM_CA_FILES.rootCert),
    issuingCaPem: read(PLATFORM_CA_FILES.issuingCert),
    issuingKeyPem: read(PLATFORM_CA_FILES.issuingKey),
  }
  return cached
}
