import { assertIdNumber, hashIdNumber, idNumberProblem, makeIdNumber, maskIdNumber } from "./id-number"

describe("resident identity numbers", () => {
  it("validates the GB 11643 check character", () => {
    expect(idNumberProblem("11010519491231002X")).toBeNull()
    expect(idNumberProblem("110105194912310021")).toMatch(/should be X/)
    expect(idNumberProblem("1101051949123100")).toMatch(/17 digits/)
    expect(() => assertIdNumber("123", "id_number")).toThrow(/^id_number is not a valid/)
  })

  it("builds valid demo numbers", () => {
    expect(makeIdNumber("140105", "1980-01-01", 123)).toBe("140105198001011233")
    expect(idNumberProblem(makeIdNumber("140105", "1975-06-30", 7))).toBeNull()
  })

  it("masks all but the first and last four characters and hashes with a salt", () => {
    expect(maskIdNumber("140105198001011233")).toBe("1401**********1233")
    const hash = hashIdNumber("140105198001011233", "salt-a")
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).toBe(hashIdNumber("140105198001011233", "salt-a"))
    expect(hash).not.toBe(hashIdNumber("140105198001011233", "salt-b"))
  })
})
