// Rendering in the browser: pdfmake's browser build with the Roboto TTFs it ships, emitted by Vite
// as same-origin assets (precached by the service worker, so export works offline). Only loaded
// when the user exports (dynamic import), never on the first route.
import pdfMake from 'pdfmake/build/pdfmake'
import regularUrl from 'pdfmake/build/fonts/Roboto/Roboto-Regular.ttf?url'
import mediumUrl from 'pdfmake/build/fonts/Roboto/Roboto-Medium.ttf?url'
import italicUrl from 'pdfmake/build/fonts/Roboto/Roboto-Italic.ttf?url'
import mediumItalicUrl from 'pdfmake/build/fonts/Roboto/Roboto-MediumItalic.ttf?url'
import type { PdfDocument, PdfFonts } from './docTypes'

/** pdfmake fetches fonts by absolute http(s) URL; ours are on this origin. */
export function browserFonts(base: string = document.baseURI): PdfFonts {
  const abs = (url: string) => new URL(url, base).href
  return { Roboto: { normal: abs(regularUrl), bold: abs(mediumUrl), italics: abs(italicUrl), bolditalics: abs(mediumItalicUrl) } }
}

export async function renderPdf(doc: PdfDocument, fonts: PdfFonts = browserFonts()): Promise<Uint8Array> {
  // Same-origin only: the documents carry no links or remote images, only our fonts.
  pdfMake.setUrlAccessPolicy((url) => new URL(url).origin === globalThis.location.origin)
  pdfMake.setFonts(fonts)
  const buffer = await pdfMake.createPdf(doc).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
