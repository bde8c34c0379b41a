// The app itself, loaded by main.ts once the dashboard's roll-up worker is on its way: Vue, the
// router, the stores and the messages, then the first render.
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter, preloadInitialRoute } from './router'
import { createAppI18n, loadLocaleMessages, rememberLocale, savedLocale } from './i18n'
import { registerServiceWorker } from './pwa'

/** Lets the browser run other tasks (input, the page's chunk arriving) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

performance.mark('gim:app')
// A language other than Vietnamese (the app's own) is a chunk of its own: fetched now, meanwhile.
const locale = savedLocale()
const messagesLoaded = loadLocaleMessages(locale).catch(() => undefined)
const router = createAppRouter()
preloadInitialRoute(router)
rememberLocale(locale)

// The router, the messages and the first render each in a task of their own: on a first visit
// (no compiled code cached yet) the three together were one task of 120-280 ms, most of it Vue,
// the router and vue-i18n running for the first time (traced), 2× that on a 2× slower CPU.
// An async function, not top-level await: with it the bundler split Vue, the router and vue-i18n
// into more chunks, each one more <link rel=modulepreload> for the entry to insert.
async function start(): Promise<void> {
  await nextTask()
  await messagesLoaded
  const i18n = createAppI18n(locale)
  performance.mark('gim:i18n')
  await nextTask()
  // Mounted at once: the router renders the page once its code is there (already on its way), in
  // a task of its own. Waiting for it to mount shell and page together made one task of the app's
  // start and the whole first render (measured 270-520 ms under load, against 100-170 ms apart).
  createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
  performance.mark('gim:mounted')
}
void start()

// The service worker (workbox, then the whole precache downloading) once the first screen is up.
const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 1000))
setTimeout(() => idle(() => void registerServiceWorker()), 1000)
