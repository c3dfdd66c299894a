import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

// Loopback by default; STOREFRONT_HOST / STOREFRONT_PORT override (PORT is left to the backend).
const host = process.env.STOREFRONT_HOST || "127.0.0.1"
const port = Number(process.env.STOREFRONT_PORT || 5173)

export default defineConfig({
  plugins: [react()],
  server: { host, port, strictPort: true },
  preview: { host, port, strictPort: true },
  build: { outDir: "dist", sourcemap: true },
})
