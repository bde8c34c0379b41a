// Reads one submission file off the main thread: text, size, JSON, checksum, full validation.
import { readSubmission } from '@/domain/submission'
import { payloadChecksum } from '@/platform/checksum'
import type { ReaderRequest, ReaderResponse } from './submissionReaderClient'

self.addEventListener('message', async (event: MessageEvent<ReaderRequest>) => {
  const { id, file, known } = event.data
  const rubrics = new Set(known)
  let response: ReaderResponse
  try {
    const text = typeof file === 'string' ? file : await file.text()
    const result = await readSubmission(text, { checksum: payloadChecksum, rubricKnown: (r, v) => rubrics.has(`${r}@${v}`) })
    response = { id, result }
  } catch (error) {
    response = { id, result: { ok: false, reason: 'notJson', problems: [{ path: '', message: `could not be read (${error instanceof Error ? error.message : String(error)})` }] } }
  }
  self.postMessage(response)
})
