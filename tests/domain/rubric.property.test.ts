// Hostile and half-broken rubric files: the parser never throws, never pollutes prototypes, and
// either accepts a value or names at least one problem with a path.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseRubric } from '@/domain/rubric'
import { minimalRubric } from '../fixtures/minimalRubric'

/** Every path (as keys) into a JSON value, objects and arrays included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))]
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))]
  return [prefix]
}

const template = minimalRubric()
const allPaths = paths(template).filter((p) => p.length > 0)

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('__proto__', 'constructor', '', ' ', 'Cân bằng'.normalize('NFD'), 'x'.repeat(5000)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')),
)

describe('parseRubric on generated input', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseRubric(value)
        expect(r.ok).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('reports problems with paths for a valid rubric with one to three parts replaced or deleted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...allPaths), hostileValue, fc.boolean()), { minLength: 1, maxLength: 3 }),
        (edits) => {
          const doc = minimalRubric()
          for (const [path, value, remove] of edits) {
            let target: Record<string | number, unknown> = doc
            for (const key of path.slice(0, -1)) {
              const next = target[key]
              if (!next || typeof next !== 'object') return
              target = next as Record<string | number, unknown>
            }
            const last = path.at(-1) as string | number
            if (remove) delete target[last]
            else target[last] = value
          }
          const r = parseRubric(doc)
          if (!r.ok) {
            expect(r.problems.length).toBeGreaterThan(0)
            for (const p of r.problems) expect(typeof p.path === 'string' && p.message.length > 0).toBe(true)
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        },
      ),
      { numRuns: 500 },
    )
  })
})
