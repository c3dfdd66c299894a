import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * Sends JSON that PostgreSQL already serialised (json_agg … ::text) without parsing and
 * re-stringifying it in Node: the catalog's hot path. Only for text built from SQL JSON values
 * and numbers/booleans, never from request input.
 */
export function sendJsonText(res: MedusaResponse, json: string): void {
  res.status(200).type("application/json; charset=utf-8").send(json)
}
