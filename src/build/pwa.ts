// Service worker and web app manifest (vite-plugin-pwa, generateSW). After one visit everything
// the app can ever load is in the precache: the shell, every JS/CSS chunk (lazy ones included),
// rubric JSON and PDF fonts emitted as assets, and the icons. registerType 'prompt': a new version
// waits until the user chooses to reload (src/pwa.ts), so an update never interrupts a form.
import { VitePWA } from 'vite-plugin-pwa'

export const THEME_COLOUR = '#5b2480'

export function pwaPlugin() {
  return VitePWA({
    registerType: 'prompt',
    // Registration lives in src/pwa.ts (virtual:pwa-register): no inline script in index.html.
    injectRegister: false,
    manifest: {
      id: './',
      name: 'GIM Index — Chỉ số Giới trong Truyền thông',
      short_name: 'GIM Index',
      description: 'Tự đánh giá và theo dõi áp dụng Bộ chỉ số về giới trong truyền thông.',
      lang: 'vi',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: '#ffffff',
      icons: [
        { src: 'icons/gim.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icons/gim-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/gim-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/gim-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Dot folders (.vite/manifest.json) are not matched, so the build manifest is not cached.
      globPatterns: ['**/*.{html,js,css,json,ttf,woff2,svg,png,ico,webmanifest}'],
      // The PDF chunk and its TTF fonts are large; the default 2 MiB cap would silently drop them.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      // Hash history: every page is index.html.
      navigateFallback: 'index.html',
    },
  })
}
