// Runs axe-core (WCAG 2.0, 2.1, 2.2 A and AA rules) on every kind of page in the five languages.
// The checker's own script needs CSP bypassed; the pages themselves run none.
import { chromium } from 'playwright-core';
import fs from 'fs';
const axe = fs.readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const base = process.argv[2];
const paths = ['/', '/library', '/library?type=guides-manuals&area=risk-analysis', '/library?q=radio', '/library/mapeo-comapeo', '/about', '/sign-in', '/sign-in/forgot', '/library/suggest', '/library/practice', '/events', '/needs', '/needs/new', '/contact', '/library/no-such', '/library?page=abc'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--disable-background-networking','--disable-component-update','--disable-sync'] });
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 640 } }); const page = await context.newPage();
let total = 0;
for (const lang of ['en','es','fr','pt','id']) for (const p of paths) {
  await page.goto(base + '/' + lang + p);
  await page.addScriptTag({ content: axe });
  const r = await page.evaluate(async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] } }));
  total += r.violations.length;
  for (const v of r.violations) console.log(lang + p, v.id, v.impact, v.nodes.length, v.nodes[0].html.slice(0,120));
}
console.log('pages checked:', paths.length * 5, 'violations:', total);
await browser.close();
