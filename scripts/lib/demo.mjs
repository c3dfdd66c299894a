// Demo log-ins printed by `npm start` and documented in the README. Development only.
export const DEMO_ADMIN = { email: "admin@govmall.cn", password: "GovMall@2026" }
// The seed creates this publishable key; its presence means the demo data is in place.
export const SEED_MARKER_KEY_TITLE = "GovMall 电子卖场"
