// The USCC field of the supplier registration, checked in the browser with procurement-core's
// own pure rule (the same file the server validates with), so a mistyped code is refused in
// words before anything is sent.
import { usccProblem } from "@govmall/procurement-core/domain/uscc"

export type UsccFieldProblem =
  | { key: "supplier.uscc.required" }
  | { key: "supplier.uscc.length"; values: { length: number } }
  | { key: "supplier.uscc.character"; values: { position: number; character: string } }
  | { key: "supplier.uscc.region" }
  | { key: "supplier.uscc.checkCharacter"; values: { expected: string; actual: string } }

/** Upper-cases and drops spaces a person may type; full-width letters and digits become ASCII. */
export function normalizeUscc(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "").toUpperCase()
}

/** The translation key (and its values) of what is wrong with the typed code, or null when valid. */
export function usccFieldProblem(input: string): UsccFieldProblem | null {
  const value = normalizeUscc(input)
  if (!value) return { key: "supplier.uscc.required" }
  const problem = usccProblem(value)
  if (!problem) return null
  switch (problem.reason) {
    case "length":
    case "type":
      return { key: "supplier.uscc.length", values: { length: value.length } }
    case "character":
      return { key: "supplier.uscc.character", values: { position: problem.position, character: value[problem.position - 1] ?? "" } }
    case "region":
      return { key: "supplier.uscc.region" }
    case "check_character":
      return { key: "supplier.uscc.checkCharacter", values: { expected: problem.expected, actual: value[17] ?? "" } }
  }
}
