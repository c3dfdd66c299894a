import fs from "fs"
import path from "path"

/**
 * Placeholder product pictures: one small SVG per product, drawn from its category colour,
 * category name, brand and model. No network is needed; Medusa serves them from
 * `static/` at `<backend>/static/...`.
 */

export interface PlaceholderInput {
  handle: string
  categoryName: string
  categoryNameEn: string
  color: string
  brand: string
  model: string
}

const FONT =
  "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

/** Width of a string in "half-width" units: CJK and full-width characters count twice. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    width += /[\u2e80-\uffef]/.test(char) ? 2 : 1
  }
  return width
}

/** Words of Latin text stay whole; CJK characters and spaces are tokens of their own. */
function tokenize(text: string): string[] {
  return text.match(/[\u2e80-\uffef]|\s+|[^\s\u2e80-\uffef]+/g) ?? []
}

/**
 * Splits text into at most `maxLines` lines of at most `maxWidth` units, breaking between
 * words where it can, and ends with an ellipsis when the text does not fit.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = []
  let current = ""
  const pending = tokenize(text)
  while (pending.length) {
    const token = pending.shift() as string
    if (displayWidth(current + token) <= maxWidth) {
      current += token
      continue
    }
    if (!current.trim()) {
      // A single word wider than the line: cut it.
      const chars = Array.from(token)
      let head = ""
      while (chars.length && displayWidth(head + chars[0]) <= maxWidth) head += chars.shift()
      current = head
      pending.unshift(chars.join(""))
    } else if (/^\s+$/.test(token)) {
      // Spaces never start a line.
    } else {
      pending.unshift(token)
    }
    lines.push(current.trimEnd())
    current = ""
    if (lines.length === maxLines) {
      break
    }
  }
  const rest = pending.join("").trim()
  if (lines.length === maxLines && (rest || current.trim())) {
    const last = Array.from(lines[maxLines - 1])
    while (last.length && displayWidth(last.join("") + "…") > maxWidth) last.pop()
    lines[maxLines - 1] = `${last.join("").trimEnd()}…`
  } else if (current.trim()) {
    lines.push(current.trimEnd())
  }
  return lines
}

export function placeholderSvg(input: PlaceholderInput): string {
  const modelLines = wrapText(input.model, 28, 2)
  const modelText = modelLines
    .map(
      (line, i) =>
        `<text x="300" y="${268 + i * 44}" font-size="34" text-anchor="middle" fill="#1f2933">${escapeXml(line)}</text>`
    )
    .join("")
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="450" viewBox="0 0 600 450" font-family="${FONT}">`,
    `<title>${escapeXml(`${input.brand} ${input.model}`)}</title>`,
    `<rect width="600" height="450" fill="#f4f6f8"/>`,
    `<rect width="600" height="96" fill="${input.color}"/>`,
    `<text x="32" y="60" font-size="34" font-weight="700" fill="#ffffff">${escapeXml(input.categoryName)}</text>`,
    `<text x="568" y="60" font-size="20" text-anchor="end" fill="#ffffff" fill-opacity="0.85">${escapeXml(input.categoryNameEn)}</text>`,
    `<text x="300" y="200" font-size="48" font-weight="700" text-anchor="middle" fill="${input.color}">${escapeXml(input.brand)}</text>`,
    modelText,
    `<text x="300" y="420" font-size="18" text-anchor="middle" fill="#7b8794">GovMall 政府采购电子卖场 · 示意图</text>`,
    `</svg>`,
    "",
  ].join("\n")
}

export function placeholderFileName(handle: string): string {
  return `${handle}.svg`
}

/**
 * Writes the images into `dir`, leaving files that already hold the same content alone.
 * Returns how many files were written.
 */
export function writePlaceholderImages(dir: string, inputs: PlaceholderInput[]): number {
  fs.mkdirSync(dir, { recursive: true })
  let written = 0
  for (const input of inputs) {
    const file = path.join(dir, placeholderFileName(input.handle))
    const svg = placeholderSvg(input)
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === svg) {
      continue
    }
    fs.writeFileSync(file, svg)
    written++
  }
  return written
}
