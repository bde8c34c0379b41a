// Whether a word is a possible Vietnamese syllable: (onset)(glide)(vowels)(coda), tones aside.
// A capitalised word that is not one is foreign or from a minority language ("Bríu", "Ksor",
// "Petrov", "Hiroshi"): after an official's title it is a name, never a department's name, which
// is made of Vietnamese syllables ("Trưởng phòng Kế hoạch").

/** Tone marks (grave, acute, tilde, hook above, dot below) in NFD; vowel-quality marks stay. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
const SYLLABLE = /^(ngh|ng|gh|gi|ch|kh|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?(o|u)?[aăâeêioôơuưy]{1,3}(ng|nh|ch|[cmnpt])?$/u
const cache = new Map<string, boolean>()

/** Lowercase input: true when it can be a Vietnamese syllable. */
export function isVietnameseSyllable(lower: string): boolean {
  let known = cache.get(lower)
  if (known === undefined) {
    known = SYLLABLE.test(lower.normalize('NFD').replace(TONES, '').normalize('NFC'))
    if (cache.size < 50_000) cache.set(lower, known)
  }
  return known
}
