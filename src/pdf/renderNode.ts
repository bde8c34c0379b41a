// Rendering in Node (command line, tests): pdfmake's server build, the Roboto TTFs it ships read
// from disk (full Vietnamese; subset into each PDF), no network and no other file access.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import pdfmake from 'pdfmake'
import type { PdfDocument, PdfFonts } from './docTypes'

const require = createRequire(import.meta.url)

/** The Roboto files of the installed pdfmake. */
export function nodeFonts(): PdfFonts {
  const dir = join(dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto')
  return {
    Roboto: {
      normal: join(dir, 'Roboto-Regular.ttf'),
      bold: join(dir, 'Roboto-Medium.ttf'),
      italics: join(dir, 'Roboto-Italic.ttf'),
      bolditalics: join(dir, 'Roboto-MediumItalic.ttf'),
    },
  }
}

export async function renderPdf(doc: PdfDocument, fonts: PdfFonts = nodeFonts()): Promise<Uint8Array> {
  const allowed = new Set(Object.values(fonts).flatMap((f) => [f.normal, f.bold, f.italics, f.bolditalics]))
  pdfmake.setFonts(fonts)
  // Nothing but the fonts may be read, and nothing fetched: the documents hold no links to follow.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy?.((path) => allowed.has(path))
  const buffer = await pdfmake.createPdf(doc).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
