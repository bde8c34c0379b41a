// The current outlet's scorecard, live: its assessments from the database, the catalogue of rubric
// versions, scoring profile and adoption policy, through the engine's buildScorecard.
import { computed, shallowRef, type Ref } from 'vue'
import type { ContentAssessment, OrganisationAssessment } from '@/domain/assessment'
import { findPolicy, findProfile, type Catalogue } from '@/domain/catalogue'
import type { Outlet } from '@/domain/outlet'
import { parsePeriod } from '@/domain/period'
import { buildScorecard, type Scorecard } from '@/domain/scorecard'
import { listContentAssessments, listOrganisationAssessments } from '@/db/assessments'
import { loadCatalogue } from '@/rubrics'
import { useLiveQuery } from './useLiveQuery'

export interface OutletData {
  org: OrganisationAssessment[]
  items: ContentAssessment[]
}

export function useScorecard(outlet: Ref<Outlet | undefined>, periodLabel: Ref<string>, policyId: Ref<string>, today: string) {
  const catalogue = shallowRef<Catalogue | undefined>(undefined)
  const catalogueError = shallowRef('')
  loadCatalogue().then(
    (c) => (catalogue.value = c),
    (e: unknown) => (catalogueError.value = e instanceof Error ? e.message : String(e)),
  )

  const { data } = useLiveQuery<OutletData | undefined>(
    async () => {
      if (!outlet.value) return undefined
      const [org, items] = await Promise.all([listOrganisationAssessments(outlet.value.id), listContentAssessments(outlet.value.id)])
      return { org: org.records, items: items.records }
    },
    [() => outlet.value?.id],
  )

  const result = computed<{ scorecard?: Scorecard; error?: 'config' | string }>(() => {
    const cat = catalogue.value
    const o = outlet.value
    const d = data.value
    if (!cat || !o || !d) return {}
    const policy = findPolicy(cat, policyId.value)
    const profile = cat.profiles[0] ? findProfile(cat, cat.profiles[0].id) : undefined
    const period = parsePeriod(periodLabel.value)
    if (!policy || !profile || !period) return { error: 'config' }
    // The status is asked for today when the period is under way, else at the period's end.
    const at = today < period.start ? period.start : today > period.end ? period.end : today
    try {
      const scorecard = buildScorecard(
        { outlets: [o], organisationAssessments: d.org, contentAssessments: d.items, rubrics: cat.rubrics, profile, policy },
        { outletId: o.id, period, at },
      )
      return { scorecard }
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) }
    }
  })

  return { catalogue, catalogueError, data, result }
}
