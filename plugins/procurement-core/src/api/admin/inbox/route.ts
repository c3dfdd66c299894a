import { listOwnInbox } from "../../utils/inbox-handlers"

/** The signed-in platform user's inbox (recipient_actor_type "user"). */
export const GET = listOwnInbox
