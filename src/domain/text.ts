// Vietnamese text helpers. Every string is stored and compared in Unicode NFC.

/** A text in both languages of the app; Vietnamese is the default. */
export interface LocalText {
  vi: string
  en: string
}

export type Locale = keyof LocalText

export function nfc(text: string): string {
  return text.normalize('NFC')
}

/**
 * Folds a text for diacritics-insensitive search: "Bình đẳng" → "binh dang".
 * đ/Đ are letters of their own in Unicode (no combining mark), so they are mapped by hand.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC')
}

export function localize(text: LocalText, locale: Locale): string {
  return text[locale]
}
