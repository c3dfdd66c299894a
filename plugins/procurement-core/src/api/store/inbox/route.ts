import { listOwnInbox } from "../../utils/inbox-handlers"

/** The signed-in customer's inbox (recipient_actor_type "customer"). */
export const GET = listOwnInbox
