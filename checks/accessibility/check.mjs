// Runs axe-core (WCAG 2.0, 2.1, 2.2 A and AA rules) on every kind of page in the five languages:
// the public pages, and with a second argument (an administrator's e-mail, the password in
// TEJIDO_CHECK_PASSWORD) every page a signed-in member reaches in a collective filled through
// its forms (see ../signed-in-setup.mjs). Each page must also fit the first round trip of a slow
// link: headers and compressed body within 14,600 bytes as they came over the wire (the budget of
// bench/page-sizes.sh). Exits 1 on any violation, page over that budget or unexpected status.
// The checker's own script needs CSP bypassed; the pages themselves run none.
import { chromium } from 'playwright-core';
import fs from 'fs';
import { signIn } from '../signed-in-setup.mjs';
const axe = fs.readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const [base, email] = process.argv.slice(2);
const publicPaths = ['/', '/library', '/library?type=guides-manuals&area=risk-analysis', '/library?q=radio', '/library/mapeo-comapeo', '/about', '/sign-in', '/sign-in/forgot', '/library/suggest', '/library/practice', '/events', '/needs', '/needs/new', '/contact', '/library/no-such', '/library?page=abc'];
const visits = publicPaths.map((p) => ({ kind: p, path: '/LANG' + p, signedIn: false }));
let cookie = null;
if (email) {
  const setup = await signIn(base, email, process.env.TEJIDO_CHECK_PASSWORD, (line) => console.log('set-up:', line));
  cookie = setup.cookie;
  visits.push(...setup.pages.map((p) => ({ ...p, signedIn: true })));
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--disable-background-networking','--disable-component-update','--disable-sync'] });
const viewport = { width: 320, height: 640 };
const anonymous = await (await browser.newContext({ bypassCSP: true, viewport })).newPage();
const member = cookie && await (await browser.newContext({ bypassCSP: true, viewport, extraHTTPHeaders: { Cookie: cookie } })).newPage();
const BUDGET = Number(process.env.PAGE_BUDGET ?? 14600);
let total = 0, pages = 0, failures = 0, overBudget = 0, largest = { wire: 0, path: '' };
for (const visit of visits) for (const lang of ['en','es','fr','pt','id']) {
  const page = visit.signedIn ? member : anonymous;
  const path = visit.path.replace('/LANG', '/' + lang);
  const response = await page.goto(base + path);
  pages++;
  if (visit.signedIn && (response.status() !== 200 || new URL(page.url()).pathname.includes('/sign-in'))) {
    failures++; console.log(path, 'answered', response.status(), 'at', page.url()); continue;
  }
  const sizes = await response.request().sizes();
  const wire = sizes.responseHeadersSize + sizes.responseBodySize;
  if (wire > largest.wire) largest = { wire, path };
  if (wire > BUDGET) { overBudget++; console.log(path, 'is', wire, 'bytes on the wire, over the budget of', BUDGET); }
  await page.addScriptTag({ content: axe });
  const r = await page.evaluate(async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] } }));
  total += r.violations.length;
  for (const v of r.violations) console.log(path, v.id, v.impact, v.nodes.length, v.nodes[0].html.slice(0,160), '|', v.nodes[0].failureSummary?.split('\n')[1]?.trim() ?? '');
}
console.log('pages checked:', pages, `(${visits.length} kinds x 5 languages, ${visits.filter((v) => v.signedIn).length} kinds signed in)`, 'violations:', total, 'over budget:', overBudget, `(largest ${largest.wire} bytes: ${largest.path})`, 'unexpected answers:', failures);
await browser.close();
process.exit(total + overBudget + failures > 0 ? 1 : 0);
