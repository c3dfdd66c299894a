import { markOwnMessageRead } from "../../../../utils/inbox-handlers"

export const POST = markOwnMessageRead
