import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

// npm run logos: renders assets/logo.svg into the PNGs the marketplaces require: Zendesk's 320×320 and 128×128,
// Freshdesk's 400×400 listing icon and the 64×64 sidebar icon.
const ASSETS = fileURLToPath(new URL('.', import.meta.url))
const SIZES = [
  { file: 'logo.png', size: 320 },
  { file: 'logo-small.png', size: 128 },
  { file: 'freshdesk/logo.png', size: 400 },
  { file: 'freshdesk/icon.png', size: 64 },
] as const

const svg = await readFile(`${ASSETS}logo.svg`, 'utf8')
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  for (const { file, size } of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
    const sized = svg.replace('width="320" height="320"', `width="${size}" height="${size}"`)
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`)
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    })
    await writeFile(`${ASSETS}${file}`, png)
    console.log(`assets/${file} ${size}×${size}`)
    await page.close()
  }
} finally {
  await browser.close()
}
