// Every shipped document in rubrics/ parses with the app's own parsers, satisfies its JSON
// Schema, and every rubric's mapping from its previous version is complete. One test per file.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ADOPTION_POLICY_FORMAT, parseAdoptionPolicy, TARGET_LEVELS } from '@/domain/adoptionPolicy'
import { catalogueProblems, type Catalogue } from '@/domain/catalogue'
import {
  CODE_LIST_IDS,
  CONTENT_METRICS,
  MAPPING_KINDS,
  PROVENANCES,
  QUESTION_TYPES,
  REQUIRED_CODES,
  RUBRIC_FORMAT,
  SECTION_IDS,
  parseRubric,
  type Rubric,
} from '@/domain/rubric'
import { checkMapping } from '@/domain/rubricMapping'
import { INDICATOR_RULE_KINDS, PARITY_KINDS, SCORING_PROFILE_FORMAT, parseScoringProfile } from '@/domain/scoringProfile'
import { formatProblem, type Parsed } from '@/domain/validate'
import { validate } from './support/miniSchema'

const root = resolve(import.meta.dirname, '..')
const rubricsDir = join(root, 'rubrics')

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'schema' ? [] : jsonFiles(path)
    return e.name.endsWith('.json') ? [path] : []
  })
}

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'))
const schema = (name: string) => read(join(rubricsDir, 'schema', name))

const KINDS: Record<string, { parse: (x: unknown) => Parsed<unknown>; schema: string }> = {
  [RUBRIC_FORMAT]: { parse: parseRubric, schema: 'rubric.schema.json' },
  [SCORING_PROFILE_FORMAT]: { parse: parseScoringProfile, schema: 'scoring-profile.schema.json' },
  [ADOPTION_POLICY_FORMAT]: { parse: parseAdoptionPolicy, schema: 'adoption-policy.schema.json' },
}

const shipped = jsonFiles(rubricsDir)
  .map((path) => ({ path, name: relative(root, path), doc: read(path) }))
  .filter((f) => typeof f.doc.format === 'string' && f.doc.format in KINDS)

function parsedRubric(path: string): Rubric {
  const p = parseRubric(read(path))
  if (!p.ok) throw new Error(p.problems.map(formatProblem).join('\n'))
  return p.value
}

describe('shipped documents', () => {
  it('include both rubric versions, the default profile and both policies', () => {
    expect(shipped.map((f) => f.name).sort()).toEqual(
      expect.arrayContaining([
        'rubrics/vn-gsim/1.0.0.json',
        'rubrics/vn-gsim/1.1.0.json',
        'rubrics/scoring/default-1.0.0.json',
        'rubrics/policies/hanoi-331-2021.json',
        'rubrics/policies/national-1790-2021.json',
      ]),
    )
  })

  it.each(shipped)('$name parses, matches its schema and (for a rubric) maps from its previous version', ({ path, doc }) => {
    const kind = KINDS[doc.format as string]!
    const parsed = kind.parse(doc)
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([])
    expect(validate(schema(kind.schema), doc)).toEqual([])
    if (doc.format === RUBRIC_FORMAT) {
      const rubric = parsed.ok ? (parsed.value as Rubric) : undefined
      expect(path.endsWith(`/${rubric?.id}/${rubric?.version}.json`)).toBe(true)
      if (rubric?.previous) {
        const previous = parsedRubric(join(rubricsDir, rubric.id, `${rubric.previous.version}.json`))
        expect(checkMapping(previous, rubric).map(formatProblem)).toEqual([])
      }
    }
  })

  it('agree with each other as a catalogue (no duplicates, every scoring rule names a real indicator)', () => {
    const cat: Catalogue = { rubrics: [], profiles: [], policies: [] }
    for (const { doc } of shipped) {
      const p = KINDS[doc.format as string]!.parse(doc)
      if (!p.ok) continue
      if (doc.format === RUBRIC_FORMAT) cat.rubrics.push(p.value as Rubric)
      else if (doc.format === SCORING_PROFILE_FORMAT) cat.profiles.push(p.value as Catalogue['profiles'][number])
      else cat.policies.push(p.value as Catalogue['policies'][number])
    }
    expect(catalogueProblems(cat)).toEqual([])
  })
})

describe('the JSON Schemas agree with the parsers', () => {
  const rubric = schema('rubric.schema.json') as any // eslint-disable-line @typescript-eslint/no-explicit-any
  const profile = schema('scoring-profile.schema.json') as any // eslint-disable-line @typescript-eslint/no-explicit-any
  const policy = schema('adoption-policy.schema.json') as any // eslint-disable-line @typescript-eslint/no-explicit-any

  it('name the same enumerations', () => {
    expect(rubric.properties.format.const).toBe(RUBRIC_FORMAT)
    expect(rubric.$defs.section.properties.id.enum).toEqual(SECTION_IDS)
    expect(rubric.$defs.question.properties.type.enum).toEqual(QUESTION_TYPES)
    expect(rubric.$defs.provenance.enum).toEqual(PROVENANCES)
    expect(rubric.$defs.mapping.properties.kind.enum).toEqual(MAPPING_KINDS)
    expect(rubric.$defs.measure.properties.metric.enum).toEqual(Object.keys(CONTENT_METRICS))
    expect(rubric.$defs.contentCoding.properties.codeLists.required).toEqual(CODE_LIST_IDS)
    for (const [list, codes] of Object.entries(REQUIRED_CODES)) {
      const contains = rubric.$defs.contentCoding.properties.codeLists.properties[list].allOf.slice(1)
      expect(contains.map((c: { contains: { properties: { code: { const: string } } } }) => c.contains.properties.code.const)).toEqual(codes)
    }
    expect(profile.properties.format.const).toBe(SCORING_PROFILE_FORMAT)
    expect(profile.properties.parity.enum).toEqual(PARITY_KINDS)
    expect(profile.$defs.rule.oneOf.map((o: { properties: { rule: { const: string } } }) => o.properties.rule.const)).toEqual(INDICATOR_RULE_KINDS)
    expect(policy.properties.format.const).toBe(ADOPTION_POLICY_FORMAT)
    expect(policy.properties.targets.items.properties.level.enum).toEqual(TARGET_LEVELS)
  })

  it('reject what the parsers reject (a broken copy fails both)', () => {
    const doc = read(join(rubricsDir, 'vn-gsim', '1.0.0.json'))
    const sections = doc.sections as Record<string, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any
    delete sections[2]!.indicators[0].text.vi
    sections[6]!.indicators[0].measure = { metric: 'items.share' }
    expect(validate(rubric, doc)).toEqual(['$.sections[2].indicators[0].text.vi: missing', '$.sections[6].indicators[0].measure.filter: missing'])
    const parsed = parseRubric(doc)
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      'sections[2].indicators[0].text.vi: missing',
      'sections[6].indicators[0].measure.filter: missing: items.share needs a filter on flag',
    ])
  })
})
