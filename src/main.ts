import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n, rememberLocale, savedLocale } from './i18n'
import './styles/main.css'
import { registerServiceWorker } from './pwa'

rememberLocale(savedLocale())
createApp(App).use(createPinia()).use(createAppRouter()).use(createAppI18n()).mount('#app')
void registerServiceWorker()
