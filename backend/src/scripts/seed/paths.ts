import path from "path"

/**
 * The backend folder, also when the seed runs from the compiled `.medusa/server` copy
 * (which `medusa build` wipes, so nothing we write must live there).
 */
export function backendRoot(cwd: string = process.cwd()): string {
  const compiled = `${path.sep}.medusa${path.sep}server`
  const index = cwd.lastIndexOf(compiled)
  return index >= 0 ? cwd.slice(0, index) : cwd
}

/**
 * Medusa serves `<app dir>/static` at `/static` (framework express-loader), where the app dir
 * is the working directory of `medusa develop|start`. The seed runs from that same directory
 * (backend/ in development, backend/.medusa/server for a built app), so it writes there.
 */
export function staticDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return env.SEED_STATIC_DIR || path.join(cwd, "static")
}

/** Sub-folder of `static/` holding the generated placeholder images. */
export const IMAGE_FOLDER = "seed-images"

export function seedStateFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.SEED_STATE_FILE || path.join(backendRoot(), ".data", "seed-state.json")
}

/** Public base URL of the backend; product image URLs are built from it at seed time. */
export function backendUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || "9000"}`
  return url.replace(/\/+$/, "")
}

/**
 * Demo users' private keys and certificates (`<login e-mail>.key.pem` / `.cert.pem`): they
 * stand for each user's own device. backend/demo/keys, or SEED_DEMO_KEYS_DIR.
 */
export function demoKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SEED_DEMO_KEYS_DIR || path.join(backendRoot(), "demo", "keys")
}
