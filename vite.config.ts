import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'
import { readFileSync } from 'node:fs'
import { pwaPlugin } from './src/build/pwa.ts'
import { contentSecurityPolicyPlugin } from './src/build/csp.ts'
import { messagesByLocalePlugin } from './src/build/messagesByLocale.ts'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export default defineConfig({
  plugins: [vue(), messagesByLocalePlugin(), pwaPlugin(), contentSecurityPolicyPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __VUE_I18N_LEGACY_API__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_OPTIONS_API__: false,
  },
  worker: { format: 'es' },
  // manifest: tests/budget.test.ts follows its import graph to measure the first route's JS.
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 20000,
  },
})
