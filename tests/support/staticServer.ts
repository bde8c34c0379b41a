// A tiny static server for the benchmarks that drive a built app in Chromium: serves a folder on
// 127.0.0.1, falling back to index.html (hash routing), with no request outside the folder.
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
}

/** `json`: extra paths answered with the given JSON text (a bench's prepared view-models). */
export function serveStatic(dir: string, port: number, json: Record<string, string> = {}): Promise<Server> {
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]!
    if (json[url] !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(json[url])
      return
    }
    const path = normalize(decodeURIComponent(url)).replace(/^(\.\.[/\\])+/, '')
    let file = join(dir, path)
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
