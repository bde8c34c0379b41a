// Before the tests: make sure the system programs they drive are here (Debian's Chromium for the
// end-to-end tests, poppler's pdftotext/pdftoppm for the PDF tests). Installs them with apt-get
// when run as root on Debian; otherwise says exactly what is missing.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const needed = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/pdftotext', 'poppler-utils'],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'fonts-dejavu-core'],
]
const missing = needed
  .filter(([path, pkg]) => !existsSync(path) && !(pkg === 'chromium' && process.env.CHROMIUM_PATH))
  .map(([, pkg]) => pkg)

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.join(', ')} from Debian…`)
    execSync('apt-get update -qq', { stdio: 'inherit' })
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, {
      stdio: 'inherit',
    })
  } else {
    console.error(`The tests need these system packages: ${missing.join(', ')}.`)
    console.error(`Install them (for example: sudo apt-get install ${missing.join(' ')}) or set CHROMIUM_PATH.`)
    process.exit(1)
  }
}
