// The app itself, loaded by main.ts once the dashboard's roll-up worker is on its way: Vue, the
// router, the stores and the messages, then the first render (shell and first page together).
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter, preloadInitialRoute } from './router'
import { createAppI18n, rememberLocale, savedLocale } from './i18n'
import { registerServiceWorker } from './pwa'

performance.mark('gim:app')
const router = createAppRouter()
preloadInitialRoute(router)
rememberLocale(savedLocale())
const app = createApp(App).use(createPinia()).use(router).use(createAppI18n())
// Mounted once the first page's code is there (its chunk is already on its way): the shell and
// the page are laid out once, not the shell alone first. If that code fails to load (offline
// before it was cached), the shell is mounted all the same.
await router.isReady().catch(() => undefined)
app.mount('#app')
performance.mark('gim:mounted')
// The service worker (workbox, then the whole precache downloading) once the first screen is up.
const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 1000))
setTimeout(() => idle(() => void registerServiceWorker()), 1000)
