// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n, loadLocaleMessages } from '@/i18n'
import AppUpdatePrompt from '@/components/base/AppUpdatePrompt.vue'

// English is a chunk of its own in the app, loaded when chosen.
await loadLocaleMessages('en')

function prompt(props: { updateAvailable: boolean; offlineReady: boolean }, locale: 'vi' | 'en' = 'vi') {
  return mount(AppUpdatePrompt, { props, global: { plugins: [createAppI18n(locale)] } })
}

describe('components/base/AppUpdatePrompt', () => {
  it('shows nothing while there is nothing to say', () => {
    const w = prompt({ updateAvailable: false, offlineReady: false })
    expect(w.text()).toBe('')
    expect(w.find('button').exists()).toBe(false)
  })

  it('offers a new version and leaves the reload to the user', async () => {
    const w = prompt({ updateAvailable: true, offlineReady: true })
    expect(w.get('[data-testid="update-available"]').text()).toContain('Có phiên bản mới')
    expect(w.find('[data-testid="offline-ready"]').exists()).toBe(false) // one notice at a time
    const [reload, later] = w.findAll('button')
    expect(reload!.text()).toBe('Tải lại')
    await later!.trigger('click')
    expect(w.emitted('dismissUpdate')).toHaveLength(1)
    expect(w.emitted('reload')).toBeUndefined()
    await reload!.trigger('click')
    expect(w.emitted('reload')).toHaveLength(1)
  })

  it('says when the app works offline, in English too', async () => {
    const w = prompt({ updateAvailable: false, offlineReady: true }, 'en')
    expect(w.get('[data-testid="offline-ready"]').text()).toContain('ready to work offline')
    await w.get('button').trigger('click')
    expect(w.emitted('dismissOfflineReady')).toHaveLength(1)
  })
})
