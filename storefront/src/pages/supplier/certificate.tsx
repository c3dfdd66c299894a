import { createCsr, generateKeyPairWithWebCrypto } from "@govmall/e-signature/client"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { requestCertificate, type SupplierMe } from "../../api/supplier"
import { setSupplierKey, useSupplierKey } from "../../app/supplier-key"
import { Loading } from "../../components/page-state"
import { RequireSupplier } from "../../components/require-supplier"
import { useLanguage } from "../../i18n"
import { describeApiError } from "../../lib/api-error"
import { formatDate } from "../../lib/format"
import { importSigningKey, keyFileName, readPrivateKeyPem } from "../../lib/key-file"

export function SupplierCertificatePage() {
  return <RequireSupplier approved>{(me) => <CertificateContent me={me} />}</RequireSupplier>
}

function savePem(pem: string, name: string) {
  const url = URL.createObjectURL(new Blob([pem], { type: "application/x-pem-file" }))
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

function CertificateContent({ me }: { me: SupplierMe }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const key = useSupplierKey()
  const [phase, setPhase] = useState<"idle" | "generating" | "requesting">("idle")
  const [loadError, setLoadError] = useState<string>()
  const uscc = me.organization.uscc ?? "supplier"

  const issue = useMutation({
    mutationFn: async () => {
      // WebCrypto generates natively, off the page's JavaScript: the page stays responsive.
      setPhase("generating")
      const keys = await generateKeyPairWithWebCrypto()
      setSupplierKey({ pem: keys.privateKeyPem, source: keyFileName(uscc, new Date()) })
      setPhase("requesting")
      const { certificate } = await requestCertificate(createCsr(keys.privateKeyPem, { commonName: me.organization.name }))
      return certificate
    },
    onSettled: () => setPhase("idle"),
  })

  const loadFile = async (file: File) => {
    setLoadError(undefined)
    const read = readPrivateKeyPem(await file.text())
    if ("problem" in read) return setLoadError(t(`supplier.certificate.keyProblems.${read.problem}`))
    try {
      await importSigningKey(read.pem)
    } catch (error) {
      return setLoadError(t("supplier.certificate.keyProblems.unusable", { message: (error as Error).message }))
    }
    setSupplierKey({ pem: read.pem, source: file.name })
  }

  const certificate = issue.data
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Heading level="h1">{t("supplier.certificate.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("supplier.certificate.intro")}
      </Text>
      <Container className="flex flex-col gap-3">
        <div>
          <Button onClick={() => issue.mutate()} isLoading={issue.isPending} disabled={issue.isPending}>
            {t("supplier.certificate.generate")}
          </Button>
        </div>
        {phase !== "idle" && <Loading label={t(phase === "generating" ? "supplier.certificate.generating" : "supplier.certificate.requesting")} />}
        {issue.error && (
          <Text role="alert" className="text-ui-fg-error">
            {describeApiError(issue.error, t).message}
          </Text>
        )}
        {certificate && (
          <section aria-labelledby="issued-heading" className="flex flex-col gap-2" data-testid="issued-certificate">
            <Heading level="h2" id="issued-heading">
              {t("supplier.certificate.issued")}
            </Heading>
            <dl className="txt-small grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
              <dt className="text-ui-fg-subtle">{t("supplier.certificate.serial")}</dt>
              <dd className="font-mono">{certificate.serial}</dd>
              <dt className="text-ui-fg-subtle">{t("supplier.certificate.subject")}</dt>
              <dd>
                {certificate.display_name} · <span className="font-mono">{certificate.subject_id}</span>
              </dd>
              <dt className="text-ui-fg-subtle">{t("supplier.certificate.validity")}</dt>
              <dd>
                {formatDate(certificate.not_before, language)} – {formatDate(certificate.not_after, language)}
              </dd>
              <dt className="text-ui-fg-subtle">{t("supplier.certificate.fingerprint")}</dt>
              <dd className="break-all font-mono text-xs">{certificate.fingerprint_sha256}</dd>
            </dl>
          </section>
        )}
      </Container>
      <Container className="flex flex-col gap-3">
        {key && (
          <>
            <Text role="status">{t("supplier.certificate.loaded", { name: key.source })}</Text>
            <div>
              <Button variant="secondary" onClick={() => savePem(key.pem, key.source.endsWith(".pem") ? key.source : keyFileName(uscc, new Date()))}>
                {t("supplier.certificate.saveKey")}
              </Button>
            </div>
          </>
        )}
        <Text size="small" className="text-ui-fg-subtle">
          {t("supplier.certificate.saveKeyHint")}
        </Text>
        <div className="flex flex-col gap-1">
          <label htmlFor="key-file" className="txt-compact-small-plus">
            {t("supplier.certificate.loadKey")}
          </label>
          <input
            id="key-file"
            type="file"
            accept=".pem,.key,text/plain"
            aria-describedby={loadError ? "key-file-error" : undefined}
            aria-invalid={loadError ? true : undefined}
            className="txt-compact-small"
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) void loadFile(file)
            }}
          />
          {loadError && (
            <Text id="key-file-error" role="alert" size="small" className="text-ui-fg-error">
              {loadError}
            </Text>
          )}
        </div>
      </Container>
    </div>
  )
}
