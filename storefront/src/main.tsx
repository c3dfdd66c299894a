import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { TooltipProvider } from "@medusajs/ui"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { RouterProvider } from "react-router-dom"
import "./i18n"
import { router } from "./app/router"
import "./index.css"

const queryClient = new QueryClient({
  defaultOptions: {
    // A 4xx will not change by asking again; a network hiccup may.
    queries: { staleTime: 30_000, retry: (count, error) => count < 2 && (error as { status?: number }).status === undefined },
  },
})

const root = document.getElementById("root")
if (!root) throw new Error("index.html lacks #root")

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TooltipProvider>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>
  </StrictMode>
)
