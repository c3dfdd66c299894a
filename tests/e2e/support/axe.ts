import { createRequire } from "node:module"
import type { Page } from "playwright-core"

const require = createRequire(import.meta.url)
const AXE_SOURCE = require.resolve("axe-core/axe.min.js")

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/**
 * Runs axe-core (WCAG 2.x A/AA rules) in the page, or only within the `include` selectors (a
 * screen of ours inside a host UI we do not own); returns the serious and critical violations.
 */
export async function seriousViolations(page: Page, include?: string[]): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SOURCE })
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(include ? { include: include.map((selector) => [selector]) } : document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  }, include)
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical")
}
