import { normalizeUscc, usccFieldProblem } from "./uscc-field"

// 91140100MA0KXXXX7? — built from procurement-core's generator rules; the valid code below has its
// check character computed by the same usccCheckCharacter the server uses.
import { usccCheckCharacter } from "@govmall/procurement-core/domain/uscc"

const BODY = "91140105MA0GRT5Q2"
const VALID = BODY + usccCheckCharacter(BODY)
const WRONG_CHECK = BODY + (usccCheckCharacter(BODY) === "0" ? "1" : "0")

describe("usccFieldProblem", () => {
  it.each([
    ["valid", VALID, null],
    ["valid, typed in lower case with spaces", ` ${VALID.toLowerCase().slice(0, 9)} ${VALID.toLowerCase().slice(9)} `, null],
    ["valid, full-width characters", VALID.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), null],
    ["empty", "  ", { key: "supplier.uscc.required" }],
    ["too short", VALID.slice(0, 17), { key: "supplier.uscc.length", values: { length: 17 } }],
    ["too long", VALID + "1", { key: "supplier.uscc.length", values: { length: 19 } }],
    ["a letter not in the charset", "9114010" + "5I" + VALID.slice(9), { key: "supplier.uscc.character", values: { position: 9, character: "I" } }],
    ["region not digits", "91A40105" + VALID.slice(8, 17) + "0", { key: "supplier.uscc.region" }],
    ["wrong check character", WRONG_CHECK, { key: "supplier.uscc.checkCharacter", values: { expected: VALID[17], actual: WRONG_CHECK[17] } }],
  ])("%s", (_name, input, expected) => {
    expect(usccFieldProblem(input)).toEqual(expected)
  })

  it("normalizes what a person types", () => {
    expect(normalizeUscc(" 9114 0105ma0grt5q2x ")).toBe("91140105MA0GRT5Q2X")
  })
})
