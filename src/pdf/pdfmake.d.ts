// The little of pdfmake's API GIM Index uses (the package ships no types).
interface PdfmakeOutput {
  getBuffer(): Promise<Uint8Array>
}
interface PdfmakeInstance {
  createPdf(docDefinition: object, options?: object): PdfmakeOutput
  setFonts(fonts: object): void
  setUrlAccessPolicy(callback: (url: string) => boolean): void
  setLocalAccessPolicy?(callback: (path: string) => boolean): void
}
declare module 'pdfmake' {
  const pdfmake: PdfmakeInstance
  export default pdfmake
}
declare module 'pdfmake/build/pdfmake' {
  const pdfmake: PdfmakeInstance
  export default pdfmake
}
