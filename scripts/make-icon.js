// @ts-check
/**
 * Renders media/icon.png (128x128 marketplace icon) from the SVG below with headless
 * Chromium. Run by hand after changing the artwork: `node scripts/make-icon.js`
 * (needs /usr/bin/chromium, or CHROMIUM=/path/to/chromium).
 */
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1e3a8a"/>
      <stop offset="1" stop-color="#0f766e"/>
    </linearGradient>
    <linearGradient id="peak" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#ffffff"/>
      <stop offset="1" stop-color="#cbe7f0"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="url(#sky)"/>
  <circle cx="96" cy="36" r="11" fill="#fde68a" opacity="0.9"/>
  <path d="M4 100 L38 64 L58 84 L80 58 L124 102 L124 98 Q124 124 98 124 L30 124 Q4 124 4 98 Z" fill="#14b8a6" opacity="0.55"/>
  <path d="M14 110 L52 48 L68 72 L80 58 L114 110 Z" fill="url(#peak)"/>
  <path d="M52 48 L60 61 L55 58 L50 64 L45 59.5 Z" fill="#94c9d9" opacity="0.6"/>
  <path d="M52 49 V18" stroke="#f8fafc" stroke-width="4" stroke-linecap="round"/>
  <path d="M52 18 H76 L69 26 L76 34 H52 Z" fill="#f97316"/>
</svg>`;

async function main() {
  const out = path.join(__dirname, '..', 'media', 'icon.png');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${SVG}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    fs.writeFileSync(out, png);
    console.log(`wrote ${out} (${png.length} bytes)`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
