// The `gim` command line: `npm run gim -- <command> …`. Each command is a module with
// `run(args): Promise<number>` returning the exit code; they use the same domain code as the app.

type Command = { run: (args: string[]) => Promise<number>; summary: string }

const commands: Record<string, () => Promise<Command>> = {
  rubric: () => import('./rubric'),
  submission: () => import('./submission'),
  demo: () => import('./demo'),
  rollup: () => import('./rollup'),
  analyze: () => import('./analyze'),
  scorecard: () => import('./scorecard'),
  report: () => import('./report'),
}

function usage(): string {
  const names = Object.keys(commands).sort()
  return ['Usage: npm run gim -- <command> [options]', '', 'Commands:', ...names.map((n) => `  ${n}`)].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage())
    return name ? 0 : 1
  }
  const load = commands[name]
  if (!load) {
    console.error(`Unknown command '${name}'.\n\n${usage()}`)
    return 1
  }
  return (await load()).run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 2
  },
)
