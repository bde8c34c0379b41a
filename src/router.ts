import { createRouter, createWebHashHistory, type RouteRecordRaw, type Router } from 'vue-router'
import HomeView from '@/views/HomeView.vue'

// Hash history: the app is served as static files from any folder, offline included.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  { path: '/outlet', name: 'outlet', component: () => import('@/views/editor/OutletView.vue') },
  { path: '/assessment', name: 'assessment', component: () => import('@/views/editor/AssessmentView.vue') },
  { path: '/items', name: 'items', component: () => import('@/views/editor/ItemsView.vue') },
  // One record for /items/new and /items/<id>: the view stays mounted when a new item gets its id.
  { path: '/items/:id', name: 'item', component: () => import('@/views/editor/ItemEditView.vue') },
  { path: '/scorecard', name: 'scorecard', component: () => import('@/views/editor/ScorecardView.vue') },
  { path: '/rubrics', name: 'rubrics', component: () => import('@/views/RubricBrowserView.vue') },
  { path: '/register', name: 'register', component: () => import('@/views/department/RegisterView.vue') },
  { path: '/department/import', name: 'departmentImport', component: () => import('@/views/department/ImportView.vue') },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => {
      // The roll-up worker boots while the page's own code loads, not after it.
      void import('@/workers/departmentRollupClient').then((m) => m.warmUpRollupWorker())
      return import('@/views/department/DashboardView.vue')
    },
  },
  { path: '/compare', name: 'compare', component: () => import('@/views/department/CompareView.vue') },
  { path: '/data', name: 'data', component: () => import('@/views/DataView.vue') },
  { path: '/:pathMatch(.*)*', name: 'notFound', component: () => import('@/views/NotFoundView.vue') },
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}

/**
 * Starts loading the code of the page the app opens on, while the app itself renders (the router
 * would ask for it only once the app has rendered). vue-router's later call gets the same module.
 */
export function preloadInitialRoute(router: Router, hash: string = globalThis.location?.hash ?? ''): void {
  for (const record of router.resolve(hash.replace(/^#/, '') || '/').matched) {
    const component = record.components?.default
    if (typeof component === 'function') void (component as () => Promise<unknown>)().catch(() => undefined)
  }
}
