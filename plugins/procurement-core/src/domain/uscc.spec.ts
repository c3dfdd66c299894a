import {
  assertUscc,
  generateUscc,
  isValidUscc,
  organizationCodeCheckCharacter,
  usccCheckCharacter,
  usccProblem,
  usccRegionCode,
} from "./uscc"

describe("USCC (GB 32100-2015)", () => {
  // Published codes in the real format (the first is the standard's own worked example).
  it.each([
    ["91350100M000100Y43", "350100"],
    ["91110000802100433B", "110000"],
    ["12100000400000624D", "100000"],
    ["91440300708461136T", "440300"],
  ])("accepts %s (region %s)", (code, region) => {
    expect(isValidUscc(code)).toBe(true)
    expect(usccProblem(code)).toBeNull()
    expect(usccRegionCode(code)).toBe(region)
  })

  it.each([
    ["91350100M000100Y4", "length", "must be 18 characters long, got 17"],
    ["91350100M000100Y433", "length", "got 19"],
    ["", "length", "got 0"],
    ["91350100M000100I43", "character", 'character "I" at position 16'],
    ["91350100M000100O43", "character", '"O"'],
    ["91350100M000100Z43", "character", '"Z"'],
    ["91350100M000S00Y43", "character", '"S" at position 13'],
    ["91350100M000V00Y43", "character", '"V"'],
    ["91350100m000100y43", "character", '"m" at position 9'],
    ["9135A100M000100Y43", "region", "positions 3-8"],
    ["91350100M000100Y44", "check_character", 'is "4" but should be "3"'],
    ["91110000802100433C", "check_character", 'should be "B"'],
  ])("refuses %s (%s)", (code, reason, message) => {
    const problem = usccProblem(code)
    expect(problem?.reason).toBe(reason)
    expect(problem?.message).toContain(message)
    expect(isValidUscc(code)).toBe(false)
  })

  it("refuses non-strings", () => {
    expect(usccProblem(123456789012345678)?.reason).toBe("type")
    expect(usccProblem(null)?.reason).toBe("type")
  })

  it("assertUscc names the field and the reason", () => {
    expect(() => assertUscc("91350100M000100Y44", "employer_uscc")).toThrow(
      /^employer_uscc is not a valid unified social credit code: check character/
    )
    expect(() => assertUscc("123")).toThrow(/^uscc .* must be 18 characters long/)
    expect(() => assertUscc("91350100M000100Y43")).not.toThrow()
  })

  it("computes the check character: 31 − (Σ mod 31), 31 → 0", () => {
    expect(usccCheckCharacter("91350100M000100Y4")).toBe("3")
    expect(usccCheckCharacter("91110000802100433")).toBe("B")
    expect(() => usccCheckCharacter("9135")).toThrow(/17 characters/)
  })

  it("computes the GB 11714 organization-code check (10 → X, 11 → 0)", () => {
    // 80210043-3 (the organization code inside 91110000802100433B)
    expect(organizationCodeCheckCharacter("80210043")).toBe("3")
    expect(organizationCodeCheckCharacter("70846113")).toBe("6")
  })

  describe("generateUscc", () => {
    it("is deterministic for a seed and valid", () => {
      expect(generateUscc({ seed: 1 })).toBe(generateUscc({ seed: 1 }))
      expect(generateUscc({ seed: 1 })).not.toBe(generateUscc({ seed: 2 }))
      const codes = Array.from({ length: 200 }, (_, i) => generateUscc({ seed: `supplier-${i}` }))
      expect(codes.every(isValidUscc)).toBe(true)
      expect(new Set(codes).size).toBe(200)
    })

    it("puts the authority, category and region where they belong", () => {
      const code = generateUscc({ seed: "x", authority: "1", category: "2", regionCode: "110105" })
      expect(code.slice(0, 2)).toBe("12")
      expect(usccRegionCode(code)).toBe("110105")
      expect(organizationCodeCheckCharacter(code.slice(8, 16))).toBe(code[16])
      expect(() => generateUscc({ seed: 1, regionCode: "1401" })).toThrow(/6 digits/)
    })
  })
})
