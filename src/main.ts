// First: on the dashboard, its roll-up worker starts while the rest of the app loads.
import { letRollupWorkerStart } from './workers/rollupPrestart'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter, preloadInitialRoute } from './router'
import { createAppI18n, rememberLocale, savedLocale } from './i18n'
import './styles/main.css'
import { registerServiceWorker } from './pwa'

performance.mark('gim:main')
const router = createAppRouter()
preloadInitialRoute(router)
await letRollupWorkerStart()
rememberLocale(savedLocale())
createApp(App).use(createPinia()).use(router).use(createAppI18n()).mount('#app')
performance.mark('gim:mounted')
void registerServiceWorker()
