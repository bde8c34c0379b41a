// What the import benchmarks feed the app: the newest shipped rubric, and 200 outlets' submission
// files of 500 demo items each, made with the app's own submission code (Node and Chromium runs
// read the same kind of file).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ContentAssessment } from '../../src/domain/assessment'
import type { Outlet } from '../../src/domain/outlet'
import { compareSemver, parseRubric, type Rubric } from '../../src/domain/rubric'
import { buildSubmission, serializeSubmission } from '../../src/domain/submission'
import { payloadChecksum } from '../../src/platform/checksum'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The newest vn-gsim version in rubrics/, parsed. */
export function newestShippedRubric(): Rubric {
  const dir = join(root, 'rubrics', 'vn-gsim')
  const version = readdirSync(dir)
    .filter((f) => /^\d+\.\d+\.\d+\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .sort(compareSemver)
    .at(-1)!
  const parsed = parseRubric(JSON.parse(readFileSync(join(dir, `${version}.json`), 'utf8')))
  if (!parsed.ok) throw new Error('the shipped rubric does not parse')
  return parsed.value
}

export const hexId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

/**
 * One submission file's text per outlet (`bench-0` …), each carrying `perOutlet` items copied in
 * turn from `pool` with fresh ids; `people` is the mean number of people rows per item.
 */
export async function benchSubmissionTexts(pool: readonly ContentAssessment[], outlets: number, perOutlet: number): Promise<{ texts: string[]; people: number }> {
  const texts: string[] = []
  let people = 0
  for (let o = 0; o < outlets; o++) {
    const outlet: Outlet = {
      id: `bench-${o}`,
      name: `Cơ quan báo chí thử số ${o + 1}`,
      kind: 'newspaper',
      channels: ['print', 'online'],
      carriesAds: false,
      governingBody: 'Thử nghiệm',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    }
    const items: ContentAssessment[] = Array.from({ length: perOutlet }, (_, k) => {
      const n = o * perOutlet + k
      return { ...pool[n % pool.length]!, id: hexId(n + 1), outletId: outlet.id }
    })
    people += items.reduce((sum, a) => sum + a.people.length, 0)
    const submission = await buildSubmission(
      { outlet, organisationAssessments: [], contentAssessments: items, includeNames: false, app: { name: 'GIM Index', version: 'bench' }, createdAt: '2026-01-01T00:00:00Z' },
      payloadChecksum,
    )
    texts.push(serializeSubmission(submission))
  }
  return { texts, people: people / (outlets * perOutlet) }
}
