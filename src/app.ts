// The app itself, loaded by main.ts once the dashboard's roll-up worker is on its way: Vue, the
// router, the stores and the messages, then the first render.
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter, preloadInitialRoute } from './router'
import { createAppI18n, rememberLocale, savedLocale } from './i18n'
import { registerServiceWorker } from './pwa'

const router = createAppRouter()
preloadInitialRoute(router)
rememberLocale(savedLocale())
createApp(App).use(createPinia()).use(router).use(createAppI18n()).mount('#app')
performance.mark('gim:mounted')
void registerServiceWorker()
