// Reading PDFs back with poppler (pdftotext, pdfinfo, pdftoppm, pdfimages): what a reader would
// get from the file, independent of the library that wrote it.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The text with layout (table rows on one line), its runs of spaces (and no-break spaces) folded to
 * one, and the text in drawing order with line breaks as spaces (a wrapped table cell in one piece).
 */
export function pdfText(file: string): { layout: string; flat: string; stream: string } {
  const run = (mode: string) => execFileSync('pdftotext', [mode, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  const layout = run('-layout')
  return { layout, flat: layout.replace(/[ \u00a0\u202f]+/g, ' '), stream: run('-raw').replace(/\s+/g, ' ') }
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN)
}

/** Embedded raster images (pdfimages -list rows of type "image"; alpha masks not counted). */
export function pdfImageCount(file: string): number {
  const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
  return list.split('\n').slice(2).filter((l) => l.trim().split(/\s+/)[2] === 'image').length
}

/** Share of non-white pixels on each page, from `pdftoppm -gray -r 20` PGM files (trivial to parse). */
export function pageInk(file: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'gim-ppm-'))
  try {
    execFileSync('pdftoppm', ['-gray', '-r', '20', file, join(dir, 'p')])
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const bytes = readFileSync(join(dir, name))
        // P5 header: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))
        if (!header) throw new Error(`${name}: not a PGM file`)
        const [w, h] = [Number(header[1]), Number(header[2])]
        const pixels = bytes.subarray(header[0].length, header[0].length + w * h)
        let ink = 0
        for (const p of pixels) if (p < 200) ink++
        return ink / (w * h)
      })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
