import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { readSettings } from "./src/config/settings"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Every setting comes from the environment (see src/config/settings.ts for defaults and
// the production guard); this file only arranges them into Medusa's shape.
const settings = readSettings(process.env)

const redisModules = settings.redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: settings.redisUrl, queueName: `${settings.redisNamespace}-events` },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: {
          redis: {
            redisUrl: settings.redisUrl,
            queueName: `${settings.redisNamespace}-workflows`,
            jobQueueName: `${settings.redisNamespace}-workflow-jobs`,
          },
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: settings.redisUrl, namespace: `${settings.redisNamespace}:lock:` },
            },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl: settings.redisUrl, namespace: `${settings.redisNamespace}:cache` },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: settings.databaseUrl,
    redisUrl: settings.redisUrl,
    workerMode: settings.workerMode,
    http: {
      storeCors: settings.storeCors,
      adminCors: settings.adminCors,
      authCors: settings.authCors,
      jwtSecret: settings.jwtSecret,
      cookieSecret: settings.cookieSecret,
    },
    databaseDriverOptions: settings.databaseSsl
      ? { connection: { ssl: { rejectUnauthorized: false } } }
      : { connection: { ssl: false } },
  },
  admin: {
    disable: settings.adminDisabled,
    backendUrl: settings.backendUrl,
  },
  plugins: [
    { resolve: "@govmall/procurement-core", options: {} },
    { resolve: "@govmall/payment-mock", options: {} },
    { resolve: "@govmall/e-signature", options: {} },
    { resolve: "@govmall/e-mall", options: {} },
    { resolve: "@govmall/framework-agreement", options: {} },
  ],
  modules: [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@govmall/payment-mock/providers/govpay",
            id: "treasury",
            options: { channel: "treasury" },
          },
          {
            resolve: "@govmall/payment-mock/providers/govpay",
            id: "official_card",
            options: { channel: "official_card" },
          },
        ],
      },
    },
    ...redisModules,
  ],
})
