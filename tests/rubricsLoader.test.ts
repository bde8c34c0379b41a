// src/rubrics.ts: the browser's catalogue, built by Vite's import.meta.glob over rubrics/.
import { describe, expect, it } from 'vitest'
import { adoptionPolicies, loadCatalogue, loadLatestRubric, loadRubric, loadRubricChain, rubricFiles, scoringProfiles } from '@/rubrics'

describe('the app catalogue', () => {
  it('knows the published versions from file names, oldest first', () => {
    expect(rubricFiles.filter((f) => f.id === 'vn-gsim').map((f) => f.version)).toEqual(['1.0.0', '1.1.0'])
  })

  it('loads and parses a version, the latest one, and the chain to it', async () => {
    expect((await loadRubric('vn-gsim', '1.0.0'))?.sections.map((s) => s.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2'])
    expect((await loadLatestRubric())?.version).toBe('1.1.0')
    expect((await loadRubricChain('vn-gsim', '1.1.0')).map((r) => r.version)).toEqual(['1.0.0', '1.1.0'])
    expect(await loadRubric('vn-gsim', '9.0.0')).toBeUndefined()
  })

  it('parses the policies and profiles, and puts everything in one catalogue', async () => {
    expect(adoptionPolicies().map((p) => p.id)).toEqual(['hanoi-331-2021', 'national-1790-2021'])
    expect(scoringProfiles().map((p) => `${p.id}@${p.version}`)).toEqual(['default@1.0.0'])
    const cat = await loadCatalogue()
    expect(cat.rubrics).toHaveLength(2)
  })
})
