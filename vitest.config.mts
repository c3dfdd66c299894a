import { defineConfig } from "vitest/config"

// Three projects: `unit` runs pure code with no database; `integration` boots the real
// Medusa app (in-process, real PostgreSQL) and therefore needs forks and a long timeout;
// `e2e` drives Debian's Chromium against one real backend and the built storefront.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          // Projects with different worker counts must run in separate groups: unit, then
          // integration, then the browser journeys.
          sequence: { groupOrder: 0 },
          globals: true,
          environment: "node",
          include: [
            "plugins/*/src/**/*.spec.ts",
            "backend/src/**/*.spec.ts",
            "storefront/src/**/*.spec.ts",
            "scripts/**/*.spec.mjs",
          ],
        },
      },
      {
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          globals: true,
          environment: "node",
          pool: "forks",
          include: ["tests/integration/**/*.spec.ts", "plugins/*/integration-tests/**/*.spec.ts"],
          setupFiles: ["tests/setup/integration-setup.ts"],
          globalSetup: [
            "tests/setup/global-database.ts",
            "tests/setup/global-ca.ts",
            "tests/setup/global-template.ts",
          ],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Two spec files at a time: each boots its own app on its own database and Redis
          // namespace, and one file alone leaves a 2-core machine partly idle (waiting on
          // PostgreSQL and on its own HTTP calls).
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        // Browser journeys (playwright-core + Debian's Chromium) against one real backend and a
        // built storefront that tests/e2e/setup/global-setup.ts starts for all of them.
        test: {
          name: "e2e",
          sequence: { groupOrder: 2 },
          globals: true,
          environment: "node",
          pool: "forks",
          include: ["tests/e2e/**/*.spec.ts"],
          globalSetup: [
            "tests/setup/global-database.ts",
            "tests/setup/global-ca.ts",
            "tests/setup/global-template.ts",
            "tests/e2e/setup/global-setup.ts",
          ],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
