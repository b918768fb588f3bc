// Signs in to a running Tejido as an administrator (made beforehand with
// `java -jar tejido.jar admin create`), sets up the second factor, founds a collective and
// fills it through the same forms people use, so that every page a signed-in member can
// reach has real content. Shared by checks/accessibility and bench/page-sizes.sh.
//
// As a program: node checks/signed-in-setup.mjs BASE EMAIL PASSWORD
//   prints "cookie NAME=VALUE" and then one "KIND PATH" line per page kind; PATH starts
//   with /LANG/ for the language code. Needs Node 18+ (fetch, FormData), nothing else.
// As a module: import { signIn } from '../signed-in-setup.mjs'; await signIn(base, email, password)
//   gives { cookie, pages: [{ kind, path }] }.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const geo = new URL('../src/test/resources/territory/geo/', import.meta.url);

/** RFC 6238 code (SHA-1, 30 s, 6 digits) for a base32 secret. */
export function totp(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const unescape = (s) => s.replace(/&#34;|&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function attributes(tag) {
  const found = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][\w:.-]*)(?:\s*=\s*"([^"]*)")?/g)) found[m[1].toLowerCase()] = m[2] === undefined ? '' : unescape(m[2]);
  return found;
}

/** The forms of a page, each with its action and its fields as a browser reads them. */
export function formsOf(html) {
  const forms = [];
  for (const f of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const form = { ...attributes(f[1]), fields: [] };
    for (const c of f[2].matchAll(/<input\b([^>]*)>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      if (c[1] !== undefined) form.fields.push({ tag: 'input', type: 'text', ...attributes(c[1]) });
      else if (c[2] !== undefined) form.fields.push({ tag: 'textarea', ...attributes(c[2]), value: unescape(c[3]) });
      else {
        const options = [...c[5].matchAll(/<option\b([^>]*)>([^<]*)/g)].map((o) => ({ ...attributes(o[1]), text: o[2] }));
        form.fields.push({ tag: 'select', ...attributes(c[4]), options: options.map((o) => ({ value: o.value ?? o.text, selected: 'selected' in o })) });
      }
    }
    forms.push(form);
  }
  return forms;
}

const today = () => new Date().toISOString().slice(0, 10);

function filler(field) {
  switch (field.type) {
    case 'date': return today();
    case 'number': return field.min || '1';
    case 'email': return 'someone@example.org';
    case 'tel': return '+573001234567';
    default: return 'Sample text';
  }
}

/**
 * The pairs a browser sends for a form, after a person filled it: `given` maps a field name
 * to a value, a list of values, or a function from the values offered (boxes, options) to
 * the chosen ones. Required fields left empty get a plausible value.
 */
export function filled(form, given = {}) {
  const pairs = [];
  const offered = {};
  for (const f of form.fields) {
    if (!f.name) continue;
    const values = f.tag === 'select' ? f.options.map((o) => o.value) : (f.type === 'checkbox' || f.type === 'radio') ? [f.value ?? 'on'] : [];
    offered[f.name] = [...(offered[f.name] ?? []), ...values];
  }
  const done = new Set();
  for (const f of form.fields) {
    const name = f.name;
    if (!name || f.type === 'file' || f.type === 'submit' || done.has(name + '\u0000' + f.type)) continue;
    if (name in given) {
      if (done.has(name)) continue;
      done.add(name);
      let v = given[name];
      if (typeof v === 'function') v = v(offered[name] ?? []);
      for (const one of [v].flat()) pairs.push([name, String(one)]);
      continue;
    }
    if (f.type === 'checkbox') { if ('checked' in f) pairs.push([name, f.value ?? 'on']); continue; }
    if (f.type === 'radio') {
      const group = form.fields.filter((g) => g.name === name && g.type === 'radio');
      const chosen = group.find((g) => 'checked' in g) ?? (group.some((g) => 'required' in g) ? group[0] : null);
      if (chosen) pairs.push([name, chosen.value]);
      done.add(name + '\u0000radio');
      continue;
    }
    if (f.tag === 'select') {
      const chosen = f.options.filter((o) => o.selected);
      if ('multiple' in f) { for (const o of chosen) pairs.push([name, o.value]); continue; }
      const one = chosen[0] ?? (('required' in f) ? f.options.find((o) => o.value !== '') : f.options[0]);
      if (one) pairs.push([name, one.value]);
      continue;
    }
    const value = f.value ?? '';
    pairs.push([name, value === '' && 'required' in f ? filler(f) : value]);
  }
  return pairs;
}

class Browser {
  constructor(base) { this.base = base; this.cookies = new Map(); this.last = ''; }
  cookie() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
  keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      if (/max-age=0/i.test(line)) this.cookies.delete(name); else this.cookies.set(name, pair.slice(at + 1));
    }
  }
  async request(path, init = {}) {
    const response = await fetch(this.base + path, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), Cookie: this.cookie() } });
    this.keep(response);
    const body = await response.text();
    const location = (response.headers.get('location') ?? '').replace(/^https?:\/\/[^/]+/, '');
    return { status: response.status, body, location };
  }
  async get(path) {
    const r = await this.request(path);
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.location}`);
    this.last = r.body;
    return r.body;
  }
  /** Fills and sends the form of the last page whose action ends with `action`. */
  async submit(action, given = {}, file = null, expect = [302]) {
    const form = formsOf(this.last).find((f) => (f.action ?? '').replace(/^https?:\/\/[^/]+/, '').split('?')[0].endsWith(action));
    if (!form) throw new Error(`no form for ${action} on the last page`);
    const pairs = filled(form, given);
    let body;
    if (file || /multipart/i.test(form.enctype ?? '')) {
      body = new FormData();
      for (const [k, v] of pairs) body.append(k, v);
      if (file) body.append(file.field ?? 'file', new Blob([file.bytes]), file.name);
    } else {
      body = new URLSearchParams(pairs);
    }
    const target = form.action.replace(/^https?:\/\/[^/]+/, '');
    const r = await this.request(target, { method: 'POST', body });
    if (!expect.includes(r.status)) throw new Error(`POST ${target}: ${r.status} ${(r.body.match(/role="alert">([\s\S]*?)<\/(p|div|ul)>/) ?? ['', ''])[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')}`);
    if (r.status === 200) this.last = r.body;
    return r;
  }
}

const first = (html, pattern, what) => {
  const m = html.match(pattern);
  if (!m) throw new Error(`no ${what} on the page`);
  return m[1];
};
const firstN = (n) => (values) => values.filter((v) => v !== '').slice(0, n);

/** Signs in, founds and fills a collective; gives the session cookie and the pages to visit. */
export async function signIn(base, email, password, log = () => {}) {
  const b = new Browser(base);
  await b.get('/en/sign-in');
  let r = await b.submit('/sign-in', { email, password, lang: 'en' });
  log(`signed in with the password (${r.location})`);
  if (r.location.includes('/sign-in/code')) {
    // Already enrolled (a second run against the same data, while working on this script).
    const secret = process.env.TEJIDO_CHECK_TOTP_SECRET;
    if (!secret) throw new Error('the account already has a second factor; give its secret in TEJIDO_CHECK_TOTP_SECRET');
    await b.get(r.location);
    await b.submit('/sign-in/code', { code: totp(secret) });
  } else {
    await b.get('/en/account/two-factor');
    await b.submit('/en/account/two-factor', {}, null, [200]);
    const secret = first(b.last, /<code class="secret">([A-Z2-7 ]+)<\/code>/, 'two-step secret');
    await b.submit('/en/account/two-factor/confirm', { code: totp(secret) }, null, [200]);
    if (process.env.TEJIDO_CHECK_SHOW_SECRET) log(`two-step secret: ${secret}`);
  }
  log('second factor set up');

  await b.get('/en/collectives/new');
  const home = (await b.submit('/en/collectives', { name: 'Resguardo del Río Claro', your_name: 'Ana Coordinadora' })).location;
  const c = home.replace(/^\/en/, '');
  log(`collective ${home}`);

  // People: contact-only members, so that measures can have two people responsible.
  for (const [name, phone] of [['Beto Guardia', '+573001110001'], ['Carla Vigía', '+573001110002']]) {
    await b.get(home + '/members/new');
    await b.submit('/members', { name, phone, email: '', role: 'member' });
  }
  const member = first(await b.get(home + '/members'), /\/members\/([0-9a-f-]{36})"/, 'member');
  await b.get(home + '/groups');
  const group = (await b.submit('/groups', { name: 'Guardia del río' })).location;
  await b.get(home + '/invitations');
  await b.submit('/invitations', { role: 'member', days: '7' }, null, [200]);
  await b.get(home + '/documents');
  await b.submit('/documents', {}, { name: 'acta-asamblea.txt', bytes: 'Acta de la asamblea del 3 de marzo.' });

  // Territory: areas and places from a KML file, one more place, a patrol with a track,
  // an observation, satellite alerts that become tasks.
  await b.get(home + '/territory/import');
  await b.submit('/territory/import', { polygons: 'areas', sensitivity: 'members', dry_run: [] }, { name: 'territory.kml', bytes: fs.readFileSync(new URL('territory.kml', geo)) }, [200, 302, 303]);
  await b.get(home + '/territory/places/new');
  const place = (await b.submit('/territory/places', { name: 'Casa comunal', coordinates: '4.609700, -74.081700' })).location;
  await b.get(home + '/territory/patrols/new');
  const patrol = (await b.submit('/territory/patrols', { name: 'Ronda de la mañana', walked_on: today(), team: firstN(2) })).location;
  await b.get(patrol + '/track');
  await b.submit('/track', {}, { name: 'patrol.gpx', bytes: fs.readFileSync(new URL('patrol.gpx', geo)) }, [200, 302, 303]);
  await b.get(home + '/territory/observations/new');
  const observation = (await b.submit('/territory/observations', { category: 'extraction', text: 'Árboles recién cortados junto a la quebrada', position: '4.6200, -74.0800' })).location;
  await b.get(home + '/territory/tasks');
  const gfw = 'latitude,longitude,gfw_integrated_alerts__date,gfw_integrated_alerts__confidence\n4.6200,-74.0800,2026-01-20,high\n4.6210,-74.0800,2026-01-21,highest\n';
  await b.submit('/territory/tasks/import', {}, { name: 'gfw.csv', bytes: gfw }, [200]);
  const taskPath = first(b.last, /href="([^"]*\/territory\/tasks\/[0-9a-f-]{36})"/, 'satellite task');

  // Alerts: a protocol and an alert.
  await b.get(home + '/protocols');
  const protocol = (await b.submit('/protocols', { name: 'Amenaza a líderes', category: firstN(2) })).location;
  await b.get(home + '/alerts/new');
  const alert = (await b.submit('/alerts', { category: 'extraction', severity: 'low', place: 'Quebrada Honda', text: 'Maquinaria entrando por el camino viejo' })).location;

  // Evidence: one file.
  await b.get(home + '/evidence');
  await b.submit('/evidence', {}, { name: 'denuncia.txt', bytes: 'Denuncia ante la personería.' }, [302, 303]);
  const item = first(await b.get(home + '/evidence'), /href="([^"]*\/evidence\/[0-9a-f-]{36})"/, 'evidence item');

  // Risk: an assessment with a threat, an earlier review, a measure.
  await b.get(home + '/risk');
  const assessment = (await b.submit('/risk', { title: 'Análisis de riesgo 2026', held_on: today(), every: '6' })).location;
  await b.get(assessment + '/threats/new');
  const threat = (await b.submit('/threats', { title: 'Hombres armados en el cruce', facts_text: 'Preguntaron por los líderes', likelihood: '4', impact: '5', v_collective: 'Los líderes caminan solos', c_collective: 'Guardia comunitaria' })).location;
  await b.get(assessment);
  await b.submit('/reviews', { held_on: today() });
  const review = first(await b.get(assessment), /href="([^"]*\/reviews\/\d+)"/, 'earlier review');
  await b.get(assessment + '/plan');
  await b.submit('/plan/measures', { kind: 'prevention', title: 'Acompañamiento en los desplazamientos', answer: firstN(2), responsible: firstN(2), due: today() });
  const measure = first(await b.get(assessment + '/plan'), /href="([^"]*\/plan\/measures\/[0-9a-f-]{36})"/, 'measure');

  // Capacities: one check.
  await b.get(home + '/capacities/new');
  const radios = (values) => values[Math.min(2, values.length - 1)];
  const capacityForm = formsOf(b.last).find((f) => (f.action ?? '').split('?')[0].endsWith('/capacities'));
  const scores = {};
  for (const f of capacityForm.fields) if (f.type === 'radio') scores[f.name] = radios;
  const check = (await b.submit('/capacities', { ...scores, takenOn: today(), participants: '7' })).location;

  // Network: actors and a relation.
  const actors = [];
  for (const [name, kind, stance] of [['Junta de Acción Comunal', null, 'ally'], ['Minera Cobre Sur', null, 'opponent'], ['Defensoría del Pueblo', null, null]]) {
    await b.get(home + '/network/actors/new');
    actors.push((await b.submit('/network/actors', { name, ...(stance ? { stance } : {}), influence: '3' })).location);
  }
  const id = (path) => path.slice(path.lastIndexOf('/') + 1);
  await b.get(home + '/network/relations/new');
  await b.submit('/network/relations', { source: id(actors[1]), target: id(actors[0]), strength: '3' });

  const rel = (path) => path.replace(/^\/en\//, '/LANG/');
  const w = '/LANG' + c;
  const pages = [
    ['collectives', '/LANG/collectives'], ['collective-new', '/LANG/collectives/new'],
    ['account', '/LANG/account'], ['sessions', '/LANG/account/sessions'], ['two-factor', '/LANG/account/two-factor'],
    ['ws-home', w], ['members', w + '/members'], ['member', w + '/members/' + member], ['member-new', w + '/members/new'],
    ['groups', w + '/groups'], ['group', rel(group)], ['invitations', w + '/invitations'], ['documents', w + '/documents'],
    ['activity', w + '/activity'], ['ws-settings', w + '/settings'], ['ws-delete', w + '/delete'], ['inbox', w + '/inbox'], ['channels', w + '/channels'],
    ['alerts', w + '/alerts'], ['alert-new', w + '/alerts/new'], ['alert', rel(alert)], ['protocols', w + '/protocols'], ['protocol', rel(protocol)], ['templates', w + '/templates'],
    ['territory', w + '/territory'], ['places', w + '/territory/places'], ['place', rel(place)], ['place-new', w + '/territory/places/new'], ['area-new', w + '/territory/areas/new'],
    ['patrols', w + '/territory/patrols'], ['patrol', rel(patrol)], ['patrol-new', w + '/territory/patrols/new'], ['patrol-track', rel(patrol) + '/track'],
    ['observations', w + '/territory/observations'], ['observation', rel(observation)], ['obs-new', w + '/territory/observations/new'], ['obs-import', w + '/territory/observations/import'],
    ['terr-import', w + '/territory/import'], ['tasks', w + '/territory/tasks'], ['task', rel(taskPath)],
    ['evidence', w + '/evidence'], ['evidence-item', rel(item)], ['evid-settings', w + '/evidence/settings'],
    ['risk', w + '/risk'], ['assessment', rel(assessment)], ['threat-new', rel(assessment) + '/threats/new'], ['threat', rel(threat)], ['risk-settings', rel(assessment) + '/settings'],
    ['review', rel(review)], ['plan', rel(assessment) + '/plan'], ['measure', rel(measure)], ['plan-print', rel(assessment) + '/plan/print'], ['my-measures', w + '/risk/my-measures'],
    ['capacities', w + '/capacities'], ['capacity-new', w + '/capacities/new'], ['capacity', rel(check)],
    ['network', w + '/network'], ['actor', rel(actors[0])], ['actor-new', w + '/network/actors/new'], ['relation-new', w + '/network/relations/new'], ['readers', w + '/network/readers'],
    ['matrix', w + '/network/matrix'], ['levels', w + '/network/levels'], ['drawing', w + '/network/drawing'], ['indicators', w + '/network/indicators'], ['net-import', w + '/network/import'],
  ].map(([kind, path]) => ({ kind, path }));
  for (const { kind, path } of pages) {
    const r = await b.request(path.replace('/LANG/', '/en/'));
    if (r.status !== 200) throw new Error(`${kind} ${path}: ${r.status} ${r.location}`);
  }
  // The administrator's own pages, and the public ones as a signed-in person sees them.
  const slug = first((await b.request('/api/v1/resources?size=1')).body, /"slug":"([^"]+)"/, 'resource slug');
  pages.push(...[
    ['home-signed', '/LANG/'], ['resource-signed', '/LANG/library/' + slug],
    ['curate', '/LANG/curate'], ['curate-catalog', '/LANG/curate/catalogue'], ['curate-resource', '/LANG/curate/resources/' + slug],
    ['vocabularies', '/LANG/curate/vocabularies'], ['event-new', '/LANG/curate/events/new'], ['admin-messages', '/LANG/admin/messages'],
  ].map(([kind, path]) => ({ kind, path })));
  for (const { kind, path } of pages.slice(-8)) {
    const r = await b.request(path.replace('/LANG/', '/en/'));
    if (r.status !== 200) throw new Error(`${kind} ${path}: ${r.status} ${r.location}`);
  }
  return { cookie: b.cookie(), pages };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [base, email, password] = process.argv.slice(2);
  if (!base || !email || !password) { console.error('usage: node signed-in-setup.mjs BASE EMAIL PASSWORD'); process.exit(64); }
  try {
    const { cookie, pages } = await signIn(base, email, password, (line) => console.error(line));
    console.log('cookie ' + cookie);
    for (const { kind, path } of pages) console.log(kind + ' ' + path);
  } catch (e) {
    console.error('signed-in set-up failed: ' + e.message);
    process.exit(1);
  }
}
