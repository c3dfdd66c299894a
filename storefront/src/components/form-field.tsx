import { Label, Text } from "@medusajs/ui"
import { cloneElement, type ReactElement } from "react"

/**
 * A labelled control with its error: the control gets the id, `aria-invalid` and
 * `aria-describedby` pointing at the error, so a screen reader reads the reason with the field.
 */
export function FormField({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string
  label: string
  error?: string
  hint?: string
  children: ReactElement
}) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      {cloneElement(children, { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <Text id={`${id}-hint`} size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
      {error && (
        <Text id={`${id}-error`} size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </div>
  )
}
