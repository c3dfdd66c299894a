/**
 * The part of multer (2.x, the multipart parser Medusa itself uses for /admin/uploads) that
 * procurement-core calls. The package ships no types and @types/multer is not installed.
 */
declare module "multer" {
  import type { RequestHandler } from "express"

  namespace multer {
    interface File {
      fieldname: string
      originalname: string
      encoding: string
      mimetype: string
      size: number
      buffer: Buffer
    }
    interface Limits {
      fieldNameSize?: number
      fieldSize?: number
      fields?: number
      fileSize?: number
      files?: number
      parts?: number
      headerPairs?: number
    }
    interface Options {
      storage?: StorageEngine
      limits?: Limits
      defParamCharset?: string
      defCharset?: string
    }
    interface StorageEngine {
      _handleFile(req: unknown, file: unknown, callback: (error?: unknown, info?: unknown) => void): void
      _removeFile(req: unknown, file: unknown, callback: (error: unknown) => void): void
    }
    interface Multer {
      single(fieldName: string): RequestHandler
    }
    class MulterError extends Error {
      code: string
      field?: string
    }
    function memoryStorage(): StorageEngine
  }

  function multer(options?: multer.Options): multer.Multer
  export = multer
}
