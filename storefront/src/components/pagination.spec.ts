import { describe, expect, it } from "vitest"
import { pageWindow } from "./Pagination"

describe("pageWindow", () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [6, 12, [1, 0, 4, 5, 6, 7, 8, 0, 12]],
    [1, 9, [1, 2, 3, 0, 9]],
    [9, 9, [1, 0, 7, 8, 9]],
  ])("page %i of %i", (page, pages, expected) => {
    expect(pageWindow(page, pages)).toEqual(expected)
  })

  it("never leaves the range and always holds the current page", () => {
    for (let pages = 1; pages <= 12; pages++) {
      for (let page = 1; page <= pages; page++) {
        const window = pageWindow(page, pages).filter((p) => p !== 0) // 0 marks a gap
        expect(window).toContain(page)
        expect(Math.min(...window)).toBeGreaterThanOrEqual(1)
        expect(Math.max(...window)).toBeLessThanOrEqual(pages)
      }
    }
  })
})
