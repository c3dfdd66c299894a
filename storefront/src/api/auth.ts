import { sdk } from "./client"

export type Purchaser = { id: string; email: string; first_name: string | null; last_name: string | null }

/** Logs a purchaser (Medusa customer) in; the SDK keeps the token. */
export async function logIn(email: string, password: string): Promise<void> {
  const result = await sdk.auth.login("customer", "emailpass", { email, password })
  // A string is the token; an object would be a redirect of a third-party provider.
  if (typeof result !== "string") throw new Error("unexpected log-in answer")
}

export async function logOut(): Promise<void> {
  await sdk.auth.logout()
}

/** The logged-in purchaser, or null when nobody is (no token, or an expired one). */
export async function currentPurchaser(): Promise<Purchaser | null> {
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name" })
    return customer as Purchaser
  } catch (error) {
    if ((error as { status?: number }).status === 401) return null
    throw error
  }
}
