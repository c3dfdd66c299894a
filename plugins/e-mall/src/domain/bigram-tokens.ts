/**
 * Tokens for Chinese catalog search without a Chinese word segmenter.
 *
 * Text is normalised (NFKC: full-width letters and digits become ASCII; lower case), then split
 * into runs of Han characters and runs of ASCII letters/digits; everything else separates runs.
 *
 * - A document (product title, brand, model, category names) is indexed with, for every Han
 *   run, each single character and each overlapping pair of characters (bigram), and every
 *   ASCII word as a whole.
 * - A query becomes the tokens that must ALL be present: the bigrams of each Han run (a
 *   one-character run gives that character), and each ASCII word.
 *
 * "台式计算机" → 台式 式计 计算 算机; "空调" → 空调; "打印" → 打印; "印" → 印. PostgreSQL's
 * pg_trgm cannot serve a two-character term (it needs three characters for a trigram), bigrams
 * can, with a GIN index on a text[] column (`tokens @> query_tokens`). Because all bigrams may
 * occur apart from each other, the search also checks each query phrase as a substring of the
 * normalised text (`phrases`), which the index has already narrowed to a few rows.
 */

const RUN_PATTERN = /(\p{Script=Han}+)|([a-z0-9]+)/gu

export type TextRun = { kind: "han" | "word"; text: string }

/** NFKC + lower case: "ＫＦＲ－３５ＧＷ" → "kfr-35gw". */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase()
}

/** Han runs and ASCII word runs, in order, from normalised text. */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = []
  for (const match of normalizeSearchText(text).matchAll(RUN_PATTERN)) {
    runs.push(match[1] ? { kind: "han", text: match[1] } : { kind: "word", text: match[2] })
  }
  return runs
}

function hanBigrams(run: string): string[] {
  const chars = [...run]
  const grams: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) {
    grams.push(chars[i] + chars[i + 1])
  }
  return grams
}

function unique(tokens: Iterable<string>): string[] {
  return [...new Set(tokens)]
}

/** Index tokens of a document (one or more texts), deduplicated, in first-seen order. */
export function documentTokens(...texts: Array<string | null | undefined>): string[] {
  const tokens: string[] = []
  for (const text of texts) {
    for (const run of textRuns(text ?? "")) {
      if (run.kind === "word") {
        tokens.push(run.text)
      } else {
        tokens.push(...run.text, ...hanBigrams(run.text))
      }
    }
  }
  return unique(tokens)
}

export type SearchQuery = {
  /** Every one must be among a document's tokens. Empty: the query matches everything. */
  tokens: string[]
  /** Every one must occur in the document's normalised text (rechecks the bigrams' order). */
  phrases: string[]
}

/** Tokens and phrases of a user's query. */
export function queryTokens(query: string): SearchQuery {
  const tokens: string[] = []
  const phrases: string[] = []
  for (const run of textRuns(query)) {
    phrases.push(run.text)
    if (run.kind === "word") {
      tokens.push(run.text)
    } else if ([...run.text].length === 1) {
      tokens.push(run.text)
    } else {
      tokens.push(...hanBigrams(run.text))
    }
  }
  return { tokens: unique(tokens), phrases: unique(phrases) }
}

/**
 * The text the phrases are checked against: the normalised texts joined with a separator that
 * no phrase contains, so a phrase never spans two fields.
 */
export function searchText(...texts: Array<string | null | undefined>): string {
  return texts
    .filter((t): t is string => !!t)
    .map(normalizeSearchText)
    .join(" | ")
}
