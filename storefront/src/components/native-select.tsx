import { clx } from "@medusajs/ui"
import type { SelectHTMLAttributes } from "react"

/**
 * The browser's own select, styled like Medusa UI's inputs: keyboard and screen-reader
 * behaviour come for free, and it submits with its form.
 */
export function NativeSelect({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      {...props}
      className={clx(
        "txt-compact-small h-8 w-full rounded-md bg-ui-bg-field px-2 text-ui-fg-base shadow-borders-base outline-none",
        "hover:bg-ui-bg-field-hover focus-visible:shadow-borders-interactive-with-active",
        className
      )}
    />
  )
}
