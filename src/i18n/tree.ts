// A tree of messages (nested keys, texts at the leaves) and the deep merge of the per-feature files.
export type Tree = { [key: string]: string | Tree }

export function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value)
    else target[key] = value
  }
  return target
}
