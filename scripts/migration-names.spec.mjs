import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { repoRoot } from "./lib/runtime-env.mjs"

// Medusa records every module's executed migrations in ONE table (mikro_orm_migrations) by
// class name only: a second module's migration with a name already recorded is silently
// treated as done and never runs. Two engineers generating migrations in the same minute is
// enough to lose a table, so names must be unique across all plugins.
function pluginMigrations() {
  const found = []
  const pluginsDir = path.join(repoRoot, "plugins")
  for (const plugin of fs.readdirSync(pluginsDir)) {
    const modulesDir = path.join(pluginsDir, plugin, "src", "modules")
    if (!fs.existsSync(modulesDir)) continue
    for (const module of fs.readdirSync(modulesDir)) {
      const dir = path.join(modulesDir, module, "migrations")
      if (!fs.existsSync(dir)) continue
      for (const file of fs.readdirSync(dir).filter((name) => /^Migration\d+\.ts$/.test(name))) {
        const source = fs.readFileSync(path.join(dir, file), "utf8")
        const className = /export class (\w+) extends Migration/.exec(source)?.[1]
        found.push({ where: `${plugin}/${module}/${file}`, file: file.replace(/\.ts$/, ""), className })
      }
    }
  }
  return found
}

describe("plugin migrations", () => {
  const migrations = pluginMigrations()

  it("finds the plugins' migrations", () => {
    expect(migrations.length).toBeGreaterThan(5)
  })

  it("have class names equal to their file names", () => {
    expect(migrations.filter((m) => m.className !== m.file).map((m) => m.where)).toEqual([])
  })

  it("have names unique across every plugin and module", () => {
    const byName = new Map()
    for (const m of migrations) byName.set(m.file, [...(byName.get(m.file) ?? []), m.where])
    expect([...byName.values()].filter((places) => places.length > 1)).toEqual([])
  })
})
