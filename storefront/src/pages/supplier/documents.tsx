import { Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { DOCUMENT_MAX_BYTES, uploadDocument } from "../../api/documents-upload"
import { listDocuments, type SupplierDocument } from "../../api/supplier"
import { FormField } from "../../components/form-field"
import { NativeSelect } from "../../components/native-select"
import { ErrorState, Loading } from "../../components/page-state"
import { RequireSupplier } from "../../components/require-supplier"
import { useLanguage } from "../../i18n"
import { describeApiError } from "../../lib/api-error"
import { formatDateTime } from "../../lib/format"

const KINDS: SupplierDocument["kind"][] = ["business_license", "qualification", "certificate", "other"]
const DOCUMENTS_KEY = ["supplier", "documents"] as const

export function SupplierDocumentsPage() {
  return <RequireSupplier>{() => <DocumentsContent />}</RequireSupplier>
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

function DocumentsContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const client = useQueryClient()
  const documents = useQuery({ queryKey: DOCUMENTS_KEY, queryFn: listDocuments })
  const [kind, setKind] = useState<SupplierDocument["kind"]>("business_license")
  const [title, setTitle] = useState("")
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState(0)
  const [localError, setLocalError] = useState<string>()
  const fileInput = useRef<HTMLInputElement>(null)

  const upload = useMutation({
    mutationFn: (chosen: File) => uploadDocument({ file: chosen, kind, title: title.trim() || undefined }, setProgress),
    onSuccess: async () => {
      setFile(null)
      setTitle("")
      if (fileInput.current) fileInput.current.value = ""
      await client.invalidateQueries({ queryKey: DOCUMENTS_KEY })
    },
  })
  // The backend decides the type from the bytes: its 413 / 415 are told as sentences.
  const status = (upload.error as { status?: number } | null)?.status
  const uploadError = upload.error
    ? status === 413
      ? t("supplier.documents.tooLarge")
      : status === 415
        ? t("supplier.documents.wrongType")
        : describeApiError(upload.error, t).message
    : undefined
  const error = localError ?? uploadError

  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1">{t("supplier.documents.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("supplier.documents.intro")}
      </Text>
      <Container>
        <form
          className="grid gap-3 sm:grid-cols-3"
          onSubmit={(event) => {
            event.preventDefault()
            setLocalError(undefined)
            upload.reset()
            if (!file) return setLocalError(t("supplier.documents.noFile"))
            if (file.size > DOCUMENT_MAX_BYTES) return setLocalError(t("supplier.documents.tooLarge"))
            setProgress(0)
            upload.mutate(file)
          }}
        >
          <FormField id="doc-kind" label={t("supplier.documents.kind")}>
            <NativeSelect value={kind} onChange={(e) => setKind(e.target.value as SupplierDocument["kind"])}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`supplier.documents.kinds.${k}`)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="doc-title" label={t("supplier.documents.docTitle")}>
            <Input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          </FormField>
          <FormField id="doc-file" label={t("supplier.documents.file")} error={error}>
            <input
              ref={fileInput}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.ofd,application/pdf,image/png,image/jpeg"
              className="txt-compact-small file:mr-2 file:rounded-md file:border-0 file:bg-ui-button-neutral file:px-2 file:py-1 file:shadow-buttons-neutral"
              onChange={(e) => {
                setLocalError(undefined)
                upload.reset()
                setFile(e.target.files?.[0] ?? null)
              }}
            />
          </FormField>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
            <Button type="submit" isLoading={upload.isPending}>
              {t("supplier.documents.upload")}
            </Button>
            {upload.isPending && (
              <div className="flex items-center gap-2" role="status">
                <progress
                  max={100}
                  value={Math.round(progress * 100)}
                  aria-label={t("supplier.documents.uploading", { percent: Math.round(progress * 100) })}
                  className="h-2 w-48"
                />
                <Text size="small">{t("supplier.documents.uploading", { percent: Math.round(progress * 100) })}</Text>
              </div>
            )}
            {upload.isSuccess && (
              <Text size="small" role="status" className="text-ui-fg-subtle">
                {t("supplier.documents.uploaded", { name: upload.data.filename })}
              </Text>
            )}
          </div>
        </form>
      </Container>
      <Heading level="h2">{t("supplier.documents.list")}</Heading>
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorState error={documents.error} onRetry={() => documents.refetch()} />
      ) : documents.data.documents.length === 0 ? (
        <Text>{t("supplier.documents.empty")}</Text>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-ui-border-base bg-ui-bg-base">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("supplier.documents.kind")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.documents.docTitle")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.documents.size")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("supplier.documents.uploadedAt")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {documents.data.documents.map((d) => (
                <Table.Row key={d.id} data-testid="document-row">
                  <Table.Cell>{t(`supplier.documents.kinds.${d.kind}`)}</Table.Cell>
                  <Table.Cell>{d.title ?? d.filename}</Table.Cell>
                  <Table.Cell>{formatSize(d.size_bytes)}</Table.Cell>
                  <Table.Cell>{formatDateTime(d.created_at, language)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}
