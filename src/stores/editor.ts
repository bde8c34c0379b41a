// The newsroom editor's actions: which outlet is "mine", and writes of its profile, organisation
// assessments and content items with fresh timestamps. Orchestration only: the rules are in
// src/domain (completeness, coding), the writes in src/db. Reads go through useLiveQuery in views.
import { defineStore } from 'pinia'
import type { ContentAssessment, OrganisationAssessment, Period, RubricRef } from '@/domain/assessment'
import { duplicateAsTemplate } from '@/domain/coding'
import type { Outlet } from '@/domain/outlet'
import { getOutlet, saveOutlet } from '@/db/outlets'
import { getContentAssessment, removeContentAssessment, saveContentAssessment, saveOrganisationAssessment } from '@/db/assessments'
import { getStringSetting, SETTING_KEYS } from '@/db/settings'

export function newId(): string {
  return globalThis.crypto.randomUUID()
}

export function nowIso(): string {
  return new Date().toISOString()
}

/** The outlet this browser works for, or undefined (first run, or it was removed). */
export async function currentOutlet(): Promise<Outlet | undefined> {
  const id = await getStringSetting(SETTING_KEYS.currentOutletId)
  return id ? getOutlet(id) : undefined
}

export const useEditorStore = defineStore('editor', () => {
  /** A new outlet profile. The name is a placeholder the editor replaces; the caller makes it current. */
  async function startOutlet(name: string): Promise<Outlet> {
    const now = nowIso()
    const outlet: Outlet = { id: newId(), name, kind: 'online', channels: ['online'], carriesAds: false, governingBody: '', createdAt: now, updatedAt: now }
    await saveOutlet(outlet)
    return outlet
  }

  async function saveProfile(outlet: Outlet): Promise<void> {
    await saveOutlet({ ...outlet, updatedAt: nowIso() })
  }

  async function startOrganisationAssessment(outletId: string, rubric: RubricRef, period: Period): Promise<OrganisationAssessment> {
    const now = nowIso()
    const assessment: OrganisationAssessment = { id: newId(), outletId, ...rubric, period, answers: {}, status: 'draft', createdAt: now, updatedAt: now }
    return saveOrganisationAssessment(assessment)
  }

  async function saveOrganisation(assessment: OrganisationAssessment): Promise<void> {
    await saveOrganisationAssessment({ ...assessment, updatedAt: nowIso() })
  }

  async function saveItem(item: ContentAssessment): Promise<void> {
    await saveContentAssessment({ ...item, updatedAt: nowIso() })
  }

  async function removeItem(id: string): Promise<void> {
    await removeContentAssessment(id)
  }

  /** Saves a copy of the item as a new draft and returns it. */
  async function duplicateItem(id: string): Promise<ContentAssessment | undefined> {
    const original = await getContentAssessment(id)
    if (!original) return undefined
    const copy = duplicateAsTemplate(original, { id: newId(), now: nowIso(), personId: () => newId() })
    return saveContentAssessment(copy)
  }

  return { startOutlet, saveProfile, startOrganisationAssessment, saveOrganisation, saveItem, removeItem, duplicateItem }
})
