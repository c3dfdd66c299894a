import path from "node:path"

// Medusa loads medusa-config.ts, modules and plugin code with Node's own `require`, outside
// vite's transform pipeline, so ts-node must be registered in every worker.
// eslint-disable-next-line @typescript-eslint/no-var-requires
require("ts-node").register({
  swc: true,
  transpileOnly: true,
  project: path.resolve(__dirname, "../../backend/tsconfig.json"),
})

process.env.NODE_ENV = "test"
// Each spec file's apps get their own Redis queues, locks and cache keys: two test runs (or a
// test run and a developer's server) on one Redis would otherwise take each other's events.
// Child processes a spec starts (server + worker) inherit it and so share one namespace.
process.env.GOVMALL_REDIS_NAMESPACE ??= `test-${process.pid}-${Date.now().toString(36)}`
process.env.LOG_LEVEL ??= "error"
// Relative module paths and .env resolve from the application folder.
process.chdir(path.resolve(__dirname, "../../backend"))

// Each spec file boots a fresh app in the same worker process; entity metadata from the
// previous boot would otherwise be reused against a new ORM instance.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { MetadataStorage } = require("@mikro-orm/core")
MetadataStorage.clear()
