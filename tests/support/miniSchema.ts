// A small JSON Schema (draft 2020-12) checker for tests: enough of the vocabulary our schemas in
// rubrics/schema use (type, const, enum, required, properties, additionalProperties,
// propertyNames, items, contains, min/max*, pattern, uniqueItems, $ref to #/$defs, allOf, oneOf,
// not, if/then/else, dependentRequired), so the shipped files are checked against the schemas
// without a new dependency. An unknown keyword fails loudly rather than passing silently.

type Schema = boolean | Record<string, unknown>

const KNOWN = new Set([
  '$schema', '$id', 'title', 'description', '$defs', '$ref', 'type', 'const', 'enum', 'required', 'properties',
  'additionalProperties', 'propertyNames', 'items', 'contains', 'minItems', 'maxItems', 'minLength', 'maxLength',
  'minimum', 'maximum', 'exclusiveMinimum', 'minProperties', 'maxProperties', 'pattern', 'uniqueItems', 'allOf',
  'oneOf', 'not', 'if', 'then', 'else', 'dependentRequired',
])

function typeOf(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number'
  return typeof v
}

export function validate(root: Record<string, unknown>, value: unknown): string[] {
  const errors: string[] = []
  const resolve = (ref: string): Schema => {
    const m = /^#\/\$defs\/(.+)$/.exec(ref)
    const def = m ? (root.$defs as Record<string, Schema>)[m[1] as string] : undefined
    if (def === undefined) throw new Error(`unresolvable $ref ${ref}`)
    return def
  }
  const check = (schema: Schema, v: unknown, path: string, out: string[]): void => {
    if (schema === true) return
    if (schema === false) return void out.push(`${path}: not allowed`)
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key}`)
    const s = schema as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    if (s.$ref) check(resolve(s.$ref), v, path, out)
    if (s.type) {
      const t = typeOf(v)
      const ok = s.type === t || (s.type === 'number' && t === 'integer')
      if (!ok) return void out.push(`${path}: expected ${s.type}`)
    }
    if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(v)) out.push(`${path}: expected ${JSON.stringify(s.const)}`)
    if (s.enum && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(v))) out.push(`${path}: not in enum`)
    if (typeof v === 'string') {
      if (s.minLength !== undefined && v.length < s.minLength) out.push(`${path}: too short`)
      if (s.maxLength !== undefined && v.length > s.maxLength) out.push(`${path}: too long`)
      if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) out.push(`${path}: does not match ${s.pattern}`)
    }
    if (typeof v === 'number') {
      if (s.minimum !== undefined && v < s.minimum) out.push(`${path}: below minimum`)
      if (s.maximum !== undefined && v > s.maximum) out.push(`${path}: above maximum`)
      if (s.exclusiveMinimum !== undefined && v <= s.exclusiveMinimum) out.push(`${path}: not above ${s.exclusiveMinimum}`)
    }
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) out.push(`${path}: fewer than ${s.minItems} items`)
      if (s.maxItems !== undefined && v.length > s.maxItems) out.push(`${path}: more than ${s.maxItems} items`)
      if (s.uniqueItems && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) out.push(`${path}: items not unique`)
      if (s.items !== undefined) v.forEach((item, i) => check(s.items, item, `${path}[${i}]`, out))
      if (s.contains !== undefined && !v.some((item) => attempt(s.contains, item))) out.push(`${path}: contains nothing matching`)
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>
      const keys = Object.keys(obj)
      for (const r of s.required ?? []) if (!keys.includes(r)) out.push(`${path}.${r}: missing`)
      if (s.minProperties !== undefined && keys.length < s.minProperties) out.push(`${path}: too few properties`)
      if (s.maxProperties !== undefined && keys.length > s.maxProperties) out.push(`${path}: too many properties`)
      for (const [k, deps] of Object.entries((s.dependentRequired ?? {}) as Record<string, string[]>))
        if (keys.includes(k)) for (const d of deps) if (!keys.includes(d)) out.push(`${path}.${d}: required with ${k}`)
      for (const k of keys) {
        const child = `${path}.${k}`
        if (s.propertyNames !== undefined) check(s.propertyNames, k, `${child} (name)`, out)
        if (s.properties && k in s.properties) check(s.properties[k], obj[k], child, out)
        else if (s.additionalProperties !== undefined) check(s.additionalProperties, obj[k], child, out)
      }
    }
    for (const sub of s.allOf ?? []) check(sub, v, path, out)
    if (s.oneOf && s.oneOf.filter((sub: Schema) => attempt(sub, v)).length !== 1) out.push(`${path}: not exactly one of oneOf`)
    if (s.not !== undefined && attempt(s.not, v)) out.push(`${path}: matches a forbidden shape`)
    if (s.if !== undefined) {
      if (attempt(s.if, v)) {
        if (s.then !== undefined) check(s.then, v, path, out)
      } else if (s.else !== undefined) check(s.else, v, path, out)
    }
  }
  const attempt = (schema: Schema, v: unknown): boolean => {
    const scratch: string[] = []
    check(schema, v, '', scratch)
    return scratch.length === 0
  }
  check(root, value, '$', errors)
  return errors
}
