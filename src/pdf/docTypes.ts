// pdfmake document definitions, typed as loosely as pdfmake itself takes them: plain data that
// the builders return and the tests can inspect.
export type PdfContent = string | PdfNode | PdfContent[]
export interface PdfNode {
  [key: string]: unknown
}
export interface PdfFontFiles {
  normal: string
  bold: string
  italics: string
  bolditalics: string
}
export type PdfFonts = Record<string, PdfFontFiles>
export interface PdfDocument {
  pageSize: 'A4'
  pageOrientation?: 'portrait' | 'landscape'
  pageMargins: [number, number, number, number]
  info: { title: string; author: string; creator: string; producer?: string }
  defaultStyle: PdfNode
  styles: Record<string, PdfNode>
  header?: (currentPage: number, pageCount: number) => PdfContent
  footer?: (currentPage: number, pageCount: number) => PdfContent
  content: PdfContent[]
}
