// Medusa UI's design tokens (colours, type scale, shadows) come from its preset; Tailwind
// must also scan the component library's own class names.
const path = require("node:path")

const uiDist = path.join(path.dirname(require.resolve("@medusajs/ui")), "..", "**/*.{js,mjs}")

/** @type {import('tailwindcss').Config} */
module.exports = {
  presets: [require("@medusajs/ui-preset")],
  content: [path.join(__dirname, "index.html"), path.join(__dirname, "src/**/*.{ts,tsx}"), uiDist],
  darkMode: "class",
}
