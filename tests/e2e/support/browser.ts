import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { inject } from "vitest"
import type { E2eContext } from "../setup/context"

type Ready = Exclude<E2eContext, { skip: string }>

/** The system the global setup started, or the reason the journeys are skipped. */
export function e2eContext(): E2eContext {
  return inject("e2e")
}

/**
 * The started system. A skipped suite's body is still collected, so this does not throw; its
 * tests (the only users of the value) do not run.
 */
export function ready(context: E2eContext): Ready {
  return context as Ready
}

// Debian's Chromium, headless; no downloads, no background traffic, a fresh profile per launch
// (Playwright creates a temporary user-data-dir itself).
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export async function launch(context: Ready): Promise<Browser> {
  return chromium.launch({ executablePath: context.chromiumPath, args: FLAGS, headless: true })
}

/** A purchaser's browser: Chinese locale, Beijing time, a desktop window. */
export async function newPurchaserContext(browser: Browser, context: Ready): Promise<BrowserContext> {
  const browserContext = await browser.newContext({
    baseURL: context.storefrontUrl,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1280, height: 900 },
  })
  browserContext.setDefaultTimeout(30_000)
  return browserContext
}

/** Saves a full-page screenshot under tests/e2e/artifacts/ (git-ignored), for a person or a CI job to look at. */
export async function screenshot(page: Page, context: Ready, name: string) {
  fs.mkdirSync(context.artifactsDir, { recursive: true })
  await page.screenshot({ path: path.join(context.artifactsDir, `${name}.png`), fullPage: true })
}

/** Fails the journey on any uncaught error in the page (a blank page must not pass). */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(error.message))
  return errors
}
