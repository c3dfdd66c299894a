import type { Logger } from "@medusajs/framework/types"

/** Records what a seed run created or changed, so a second run can show it changed nothing. */
export class SeedReport {
  readonly changes: string[] = []

  constructor(private readonly logger: Logger) {}

  changed(what: string): void {
    this.changes.push(what)
    this.logger.info(`[seed] ${what}`)
  }
}
