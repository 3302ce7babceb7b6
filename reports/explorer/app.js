/* cohesion explorer: one offline page per language (reports/explorer/<lang>/index.html).
   It draws, filters and formats the store's rows embedded as JSON in #explorer-data and
   decides nothing: verdict words and sentences, significance (sig, q) and peer positions all
   come from the data. Hand-written SVG, no library, no network. */
(function () {
  'use strict';

  // ---------------------------------------------------------------- data and words
  const D = JSON.parse(document.getElementById('explorer-data').textContent);
  const T = D.t || {};
  const FONT = 'DejaVu Sans, Verdana, sans-serif';
  const C = { blue: '#0072B2', verm: '#D55E00', green: '#009E73', purple: '#CC79A7', orange: '#E69F00',
    sky: '#56B4E9', yellow: '#F0E442', black: '#000000', grey: '#666666', grid: '#e3e6ea', ink: '#1d2125' };
  const SERIES = [C.blue, C.verm, C.green, C.black, C.purple, C.orange];
  const VIEWS = ['time', 'cities', 'gaps', 'index', 'composite'];
  const ORDER = ['view', 'set', 'ind', 'city', 'kind', 'group', 'cmp', 'dim', 'peer', 'period', 'sort', 'comp'];
  const EXPORT_W = 880;

  /** A translated UI string with `{name}` placeholders filled in (the key itself if missing). */
  function tr(key, args) {
    const s = T[key] == null ? key : String(T[key]);
    return args ? s.replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m)) : s;
  }
  /** Text escaped for HTML and SVG (element content and attribute values). */
  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  // ---------------------------------------------------------------- numbers (as the reports write them)
  const FMT = Object.assign({ decimal: '.', group: ',', percent: '{v}%' }, D.fmt || {});

  /** |v| with d decimals like Rust's `{:.d}`: exact decimal expansion, exact ties to even. */
  function fixedAbs(a, d) {
    const s = a.toFixed(d);
    if (a >= 1e20) return s;
    const x = a.toFixed(Math.min(100, d + 25));
    const tail = x.slice(x.length - 25);
    if (/^50*$/.test(tail)) {               // an exact tie: toFixed rounded up, Rust rounds to even
      const down = x.slice(0, x.length - 25).replace(/\.$/, '');
      if ((down.charCodeAt(down.length - 1) - 48) % 2 === 0) return down;
    }
    return s;
  }
  /** A number in the language's style: decimal mark, grouping from four digits on, true minus. */
  function num(v, d) {
    if (v == null || !isFinite(v)) return '–';
    const s = fixedAbs(Math.abs(v), d);
    const dot = s.indexOf('.');
    let int = dot < 0 ? s : s.slice(0, dot);
    const frac = dot < 0 ? '' : s.slice(dot + 1);
    if (int.length > 3) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, () => FMT.group);
    return (v < 0 && /[1-9]/.test(s) ? '\u2212' : '') + int + (frac ? FMT.decimal + frac : '');
  }
  /** A value of an indicator: its decimals, and the percent pattern for unit "percent". */
  function val(v, ind) {
    const s = num(v, ind.decimals);
    return ind.unit === 'percent' && v != null ? FMT.percent.replace('{v}', s) : s;
  }
  /** A signed difference: "+3.2", "−1.0", "0.0". */
  function signed(v, d) {
    const s = num(v, d);
    return v > 0 && /[1-9]/.test(s) ? '+' + s : s;
  }
  /** q as the reports print it: "0.012", "0.003" or "< 0.001"; and as an expression "q = …". */
  const qText = (q) => (q < 0.001 ? '< ' + num(0.001, 3) : num(q, q < 0.01 ? 3 : 2));
  const qExpr = (q) => (q < 0.001 ? 'q ' : 'q = ') + qText(q);
  const count = (n) => num(n, 0);
  const waveLabel = (w) => (w == null ? '' : (D.waves && D.waves[w]) || String(w));
  const isoDate = (days) => new Date(days * 864e5).toISOString().slice(0, 10);
  const yearOf = (days) => new Date(days * 864e5).getUTCFullYear();
  const jan1 = (y) => Date.UTC(y, 0, 1) / 864e5;

  // ---------------------------------------------------------------- indexes, built once
  const len = (t) => { for (const k in t) if (Array.isArray(t[k])) return t[k].length; return 0; };
  const E = D.est || {}, B = D.breaks || {}, V = D.verdicts || {}, G = D.gaps || {}, P = D.peers || {}, K = D.composite || {};
  // Estimates name their (city, wave, date) by an index into `cw` and gaps their wave by an
  // index into `wave_list` (a smaller file); expand both once into plain columns.
  const WL = D.wave_list || [], CWT = D.cw || { city: [], wave: [], date: [] };
  if (E.cw) {
    const n = E.cw.length;
    E.city = new Array(n); E.wave = new Array(n); E.date = new Array(n); E.year = new Array(n);
    const years = CWT.date.map((d) => new Date(d * 864e5).getUTCFullYear());
    for (let r = 0; r < n; r++) {
      const k = E.cw[r];
      E.city[r] = CWT.city[k]; E.wave[r] = WL[CWT.wave[k]]; E.date[r] = CWT.date[k]; E.year[r] = years[k];
    }
  }
  if (G.wave) G.wave = G.wave.map((w) => (typeof w === 'number' ? WL[w] : w));
  const SETS = D.sets || [], CITIES = D.cities || [], KINDS = D.kinds || [], GROUPS = D.groups || [];
  const NI = Math.max(1, ...SETS.map((s) => s.indicators.length)), NC = Math.max(1, CITIES.length);
  const NK = Math.max(1, KINDS.length), NG = Math.max(1, GROUPS.length);
  const k4 = (s, i, c, k) => ((s * NI + i) * NC + c) * NK + k;
  const k5 = (s, i, c, k, g) => k4(s, i, c, k) * NG + g;
  const KIDX = KINDS.findIndex((k) => k.id === 'index');
  const GALL = Math.max(0, GROUPS.findIndex((g) => g.dim === 'all'));
  const NOIND = { id: '', title: '', unit: 'score', decimals: 1 };

  function push(m, key, v) { const a = m.get(key); if (a) a.push(v); else m.set(key, [v]); }
  function addTo(m, key, v) { const s = m.get(key); if (s) s.add(v); else m.set(key, new Set([v])); }
  /** Map from key(row) to the row indices of a columnar table. */
  function indexBy(t, keyOf) { const m = new Map(); for (let r = 0, n = len(t); r < n; r++) push(m, keyOf(r), r); return m; }

  const estBy = new Map();      // set|ind|city|kind|group -> est rows by date
  const waveDate = new Map();   // wave label -> a fieldwork date (for tables without dates)
  const yearsBy = new Map();    // set|ind|kind -> years with an estimate
  for (let r = 0, n = len(E); r < n; r++) {
    push(estBy, k5(E.set[r], E.ind[r], E.city[r], E.kind[r], E.group[r]), r);
    if (!waveDate.has(E.wave[r])) waveDate.set(E.wave[r], E.date[r]);
    addTo(yearsBy, (E.set[r] * NI + E.ind[r]) * NK + E.kind[r], E.year[r]);
  }
  // What has data, from the distinct keys (not the rows): drives the choices offered.
  const A = { ind: new Set(), cities: new Map(), kinds: new Map(), kindsAny: new Map(), groups: new Map(), groupsAny: new Map(), idxSets: new Map() };
  for (const a of estBy.values()) {
    a.sort((x, y) => E.date[x] - E.date[y]);
    const r = a[0], s = E.set[r], i = E.ind[r], c = E.city[r], k = E.kind[r], si = s * NI + i;
    A.ind.add(si); addTo(A.cities, si, c); addTo(A.kinds, si * NC + c, k); addTo(A.kindsAny, si, k);
    addTo(A.groups, k4(s, i, c, k), E.group[r]); addTo(A.groupsAny, si * NK + k, E.group[r]);
    if (k === KIDX) addTo(A.idxSets, c, s);
  }
  const key5Of = (t) => (r) => k5(t.set[r], t.ind[r], t.city[r], t.kind[r], t.group[r]);
  const breaksBy = indexBy(B, key5Of(B));
  const verdictBy = indexBy(V, key5Of(V));
  const gapsBy = indexBy(G, (r) => k4(G.set[r], G.ind[r], G.city[r], G.kind[r]));
  const peersBy = indexBy(P, (r) => k4(P.set[r], P.ind[r], P.city[r], P.kind[r]));
  const peersByCity = indexBy(P, (r) => P.city[r]);
  const compBy = indexBy(K, (r) => K.set[r] * NC + K.city[r]);
  const compSets = [...new Set(K.set || [])].sort((a, b) => a - b);
  const compTitle = new Map((K.id || []).map((id, r) => [id, K.title[r]]));
  const collator = new Intl.Collator(D.lang || undefined, { numeric: true });
  const cityOrder = CITIES.map((_, c) => c).sort((a, b) => collator.compare(CITIES[a], CITIES[b]));
  const gKey = (g) => (GROUPS[g].dim === 'all' ? 'all' : GROUPS[g].dim + ':' + GROUPS[g].value);
  const gByKey = new Map(GROUPS.map((_, g) => [gKey(g), g]));
  const views = VIEWS.filter((v) => (v !== 'composite' || compSets.length > 0) && (v !== 'index' || A.idxSets.size > 0));
  const uniq = (a) => [...new Set(a)];
  const kindTitle = (k) => (KINDS[k] ? KINDS[k].title : '');
  const indOf = (s, i) => (SETS[s] && SETS[s].indicators[i]) || NOIND;

  // ---------------------------------------------------------------- state <-> fragment
  /** The raw state in the URL fragment (values as given, maybe invalid). */
  function parseHash() {
    const o = {};
    new URLSearchParams(location.hash.replace(/^#/, '')).forEach((v, k) => { o[k] = v; });
    return o;
  }
  /** The fragment of a resolved state, in a fixed order, values URL-encoded. */
  function fragment(st) {
    return ORDER.filter((k) => st[k] != null && st[k] !== '').map((k) => k + '=' + encodeURIComponent(st[k])).join('&');
  }

  /** A valid state for a raw one (invalid values fall back to defaults), with the indices the
      views use and the choices each control offers. */
  function resolve(raw) {
    const st = {}, R = { st, ctl: [] };
    st.view = views.includes(raw.view) ? raw.view : views[0];
    let s = Math.max(0, SETS.findIndex((x) => x.id === raw.set));
    const inds = SETS[s] ? SETS[s].indicators : [];
    const hasInd = (j) => A.ind.has(s * NI + j);
    let i = inds.findIndex((x) => x.id === raw.ind);
    if (i < 0 || !hasInd(i)) i = Math.max(0, inds.findIndex((_, j) => hasInd(j)));
    const si = s * NI + i;
    const withData = A.cities.get(si) || new Set();
    let c = CITIES.indexOf(raw.city);
    if (c < 0) { c = cityOrder.find((x) => withData.has(x)); if (c === undefined) c = cityOrder.length ? cityOrder[0] : 0; }
    // Source (kind): only those with data for what the view shows.
    let kinds;
    if (st.view === 'cities') kinds = A.kindsAny.get(si);
    else if (st.view === 'gaps') {
      kinds = new Set(KINDS.map((_, k) => k).filter((k) => gapsBy.has(k4(s, i, c, k))));
      if (!kinds.size) kinds = A.kinds.get(si * NC + c);
    } else kinds = A.kinds.get(si * NC + c);
    const kindList = KINDS.map((_, k) => k).filter((k) => kinds && kinds.has(k));
    let k = KINDS.findIndex((x) => x.id === raw.kind);
    if (!kindList.includes(k)) k = kindList.length ? kindList[0] : 0;
    // Group, and the optional second group of the time view.
    const gs = st.view === 'cities' ? A.groupsAny.get(si * NK + k) : A.groups.get(k4(s, i, c, k));
    const groupList = [...(gs || [])].sort((a, b) => a - b);
    const gOf = (v) => (gByKey.has(v) ? gByKey.get(v) : /^\d+$/.test(v || '') && +v < GROUPS.length ? +v : -1);
    let g = gOf(raw.group);
    if (!groupList.includes(g)) g = groupList.includes(GALL) || !groupList.length ? GALL : groupList[0];
    let g2 = gOf(raw.cmp);
    if (!groupList.includes(g2) || g2 === g) g2 = -1;
    // Group dimension of the gaps view.
    const gapRows = gapsBy.get(k4(s, i, c, k)) || [];
    const dims = uniq(gapRows.map((r) => G.group[r]).sort((a, b) => a - b).map((x) => GROUPS[x].dim));
    const gDim = GROUPS[g] ? GROUPS[g].dim : '';
    st.dim = dims.includes(raw.dim) ? raw.dim : dims.includes(gDim) ? gDim : dims[0] || '';
    // The effective set of the index and composite views (the chosen one when it has data).
    const idxSets = [...(A.idxSets.get(c) || [])].sort((a, b) => a - b);
    R.es = idxSets.includes(s) ? s : idxSets.length ? idxSets[0] : -1;
    R.cs = compSets.includes(s) ? s : compSets.length ? compSets[0] : -1;
    // Peer groups: labels of the city's peer rows for what the view compares.
    let peerRows = [];
    if (st.view === 'cities') peerRows = peersBy.get(k4(s, i, c, k)) || [];
    else if (st.view === 'index') peerRows = (peersByCity.get(c) || []).filter((r) => P.set[r] === R.es && P.kind[r] === KIDX);
    const labels = uniq(peerRows.map((r) => P.label[r]));
    // The peer group is kept as its position among the city's groups (labels are translated).
    const pn = /^\d+$/.test(raw.peer || '') ? +raw.peer : -1;
    st.peer = labels.length ? String(pn >= 0 && pn < labels.length ? pn : 0) : pn >= 0 ? String(pn) : '';
    R.peerLabel = labels.length ? labels[+st.peer] : '';
    R.peerRow = peerRows.find((r) => P.label[r] === R.peerLabel);
    if (R.peerRow === undefined) R.peerRow = -1;
    const years = [...(yearsBy.get(si * NK + k) || [])].sort((a, b) => b - a);
    st.period = years.map(String).includes(raw.period) ? raw.period : 'latest';
    st.sort = raw.sort === 'peer' ? 'peer' : 'name';
    const compRows = R.cs >= 0 ? (compBy.get(R.cs * NC + c) || []) : [];
    const compIds = uniq(compRows.map((r) => K.id[r]));
    st.comp = compIds.includes(raw.comp) ? raw.comp : compIds.length ? compIds[0] : '';
    Object.assign(st, { set: SETS[s] ? SETS[s].id : '', ind: inds[i] ? inds[i].id : '', city: CITIES[c] || '',
      kind: KINDS[k] ? KINDS[k].id : '', group: GROUPS[g] ? gKey(g) : '', cmp: g2 >= 0 ? gKey(g2) : '' });
    Object.assign(R, { s, i, c, k, g, g2, ind: indOf(s, i) });

    // The controls of the view: [state key, label, options, value].
    const ctl = (key, label, options, value, id) => R.ctl.push({ key, id: id || key, label, options, value });
    const setOpt = (list) => list.map((x) => ({ v: SETS[x].id, t: SETS[x].title }));
    const indOpt = inds.map((x, j) => ({ v: x.id, t: x.title, ok: hasInd(j) })).filter((o) => o.ok);
    const cityOpt = cityOrder.map((x) => ({ v: CITIES[x], t: CITIES[x] }));
    const kindOpt = kindList.map((x) => ({ v: KINDS[x].id, t: KINDS[x].title }));
    const grpOpt = (list) => list.map((x) => ({ v: gKey(x), t: GROUPS[x].title, og: x === GALL ? '' : GROUPS[x].dim_title }));
    const peerOpt = labels.map((l, j) => ({ v: String(j), t: l }));
    const v = st.view;
    if (v === 'time' || v === 'cities' || v === 'gaps') {
      ctl('set', tr('explorer.set'), setOpt(SETS.map((_, j) => j)), st.set);
      ctl('ind', tr('explorer.indicator'), indOpt, st.ind);
    }
    if (v === 'index' && idxSets.length > 1) ctl('set', tr('explorer.set'), setOpt(idxSets), SETS[R.es].id, 'iset');
    if (v === 'composite' && compSets.length > 1) ctl('set', tr('explorer.set'), setOpt(compSets), SETS[R.cs].id, 'cset');
    if (v !== 'cities') ctl('city', tr('explorer.city'), cityOpt, st.city);
    if (v === 'time' || v === 'cities' || v === 'gaps') ctl('kind', tr('explorer.kind'), kindOpt, st.kind);
    if (v === 'time' || v === 'cities') ctl('group', tr('explorer.group'), grpOpt(groupList), st.group);
    if (v === 'time') {
      ctl('cmp', tr('explorer.compare'), [{ v: '', t: tr('explorer.compare_none') }].concat(grpOpt(groupList.filter((x) => x !== g))), st.cmp);
    }
    if (v === 'gaps') ctl('dim', tr('explorer.dim'), dims.map((d) => ({ v: d, t: GROUPS.find((x) => x.dim === d).dim_title })), st.dim);
    if (v === 'cities') {
      ctl('period', tr('explorer.period'), [{ v: 'latest', t: tr('explorer.period_latest') }].concat(years.map((y) => ({ v: String(y), t: String(y) }))), st.period);
      ctl('city', tr('explorer.city_highlight'), cityOpt, st.city);
    }
    if ((v === 'cities' || v === 'index') && labels.length) ctl('peer', tr('explorer.peer'), peerOpt, st.peer);
    if (v === 'cities' && labels.length) {
      ctl('sort', tr('explorer.sort'), [{ v: 'name', t: tr('explorer.sort_name') }, { v: 'peer', t: tr('explorer.sort_peer') }], st.sort);
    }
    if (v === 'composite' && compIds.length > 1) {
      ctl('comp', tr('explorer.composite'), compIds.map((id) => ({ v: id, t: compTitle.get(id) })), st.comp);
    }
    return R;
  }

  // ---------------------------------------------------------------- chart helpers (SVG strings)
  const CW = 7;                        // average glyph width of 12 px DejaVu Sans, for layout
  const f1 = (x) => Math.round(x * 10) / 10;
  const lin = (d0, d1, r0, r1) => (v) => f1(d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) * (r1 - r0)) / (d1 - d0));
  const finite = (a) => a.filter((x) => x != null && isFinite(x));

  /** A padded, rounded value domain with about n ticks; clamp = [min, max] allowed. */
  function niceDomain(vals, n, clamp, zero) {
    let lo = Math.min(...vals), hi = Math.max(...vals);
    if (zero) { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
    if (!isFinite(lo)) { lo = clamp ? clamp[0] : 0; hi = clamp ? clamp[1] : 1; }
    if (!(hi > lo)) { lo -= Math.abs(lo) * 0.1 || 1; hi += Math.abs(hi) * 0.1 || 1; }
    const pad = (hi - lo) * 0.06;
    lo -= pad; hi += pad;
    if (clamp) { lo = Math.max(lo, Math.min(clamp[0], lo + pad)); hi = Math.min(hi, Math.max(clamp[1], hi - pad)); }  // never cut data
    const raw = (hi - lo) / Math.max(2, n), p = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p;
    const step = p * (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10);
    lo = Math.floor(lo / step + 1e-9) * step; hi = Math.ceil(hi / step - 1e-9) * step;
    const ticks = [];
    for (let t = lo; t <= hi + step / 2; t += step) ticks.push(+t.toFixed(10));
    const sd = String(+step.toFixed(10)).split('.')[1];
    return { lo, hi, ticks, dec: sd ? sd.length : 0 };
  }
  /** Years (Jan 1) inside [d0, d1], thinned to at most maxN. */
  function yearTicks(d0, d1, maxN) {
    const ys = [];
    for (let y = yearOf(d0); y <= yearOf(d1) + 1; y++) if (jan1(y) >= d0 && jan1(y) <= d1) ys.push(y);
    const step = Math.ceil(ys.length / Math.max(1, maxN));
    return ys.filter((y) => y % step === 0);
  }
  /** Break a text into lines of at most n characters. */
  function wrap(s, n) {
    const out = [];
    let line = '';
    for (const w of String(s).split(/\s+/)) {
      if (line && (line + ' ' + w).length > n) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
    }
    if (line) out.push(line);
    return out.length ? out : [''];
  }
  const trunc = (s, n) => (s.length > n ? s.slice(0, Math.max(1, n - 1)) + '…' : s);
  const text = (x, y, s, a) => `<text x="${x}" y="${y}"${a ? ' ' + a : ''}>${esc(s)}</text>`;
  const line = (x1, y1, x2, y2, a) => `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" ${a}/>`;
  /** A focusable mark: hover or keyboard focus shows its label as a tooltip. */
  const pt = (label, inner) => `<g class="pt" tabindex="0" aria-label="${esc(label)}">${inner}</g>`;
  /** An interval as whiskers with caps: one path (few DOM nodes keep 160 rows fast). */
  const whisker = (x, y1, y2, color, cap) =>
    `<path d="M${x} ${y1}V${y2}M${f1(x - cap)} ${y1}h${2 * cap}M${f1(x - cap)} ${y2}h${2 * cap}" stroke="${color}" stroke-width="1.6" fill="none"/>`;
  /** The same, horizontal (rows of cities). */
  const hwhisker = (x1, x2, y, color, cap) =>
    `<path d="M${x1} ${y}H${x2}M${x1} ${y - cap}v${2 * cap}M${x2} ${y - cap}v${2 * cap}" stroke="${color}" stroke-width="1.6" fill="none"/>`;
  const dot = (x, y, color, hollow) =>
    `<circle class="mk" cx="${x}" cy="${y}" r="4.5" fill="${hollow ? '#fff' : color}" stroke="${hollow ? color : '#fff'}" stroke-width="${hollow ? 1.8 : 1}"/>`;

  /** Horizontal grid and value labels for a vertical value axis. */
  function yGrid(dom, sy, x0, x1) {
    return dom.ticks.map((t) => line(x0, sy(t), x1, sy(t), `stroke="${t === 0 ? '#888' : C.grid}"`) +
      text(x0 - 6, sy(t) + 4, num(t, dom.dec), 'text-anchor="end" fill="#444"')).join('');
  }
  /** Vertical grid and value labels for a horizontal value axis, labels at the given ys. */
  function xGrid(dom, sx, y0, y1, labelYs) {
    return dom.ticks.map((t) => line(sx(t), y0, sx(t), y1, `stroke="${C.grid}"`) +
      labelYs.map((ly) => text(sx(t), ly, num(t, dom.dec), 'text-anchor="middle" fill="#444"')).join('')).join('');
  }
  /** Year labels under a date axis. */
  function xDates(d0, d1, sx, y, w) {
    const ys = yearTicks(d0, d1, Math.floor(w / 56));
    if (!ys.length) return text(sx((d0 + d1) / 2), y + 14, String(yearOf((d0 + d1) / 2)), 'text-anchor="middle" fill="#444"');
    return ys.map((yr) =>
      line(sx(jan1(yr)), y - 4, sx(jan1(yr)), y, 'stroke="#888"') + text(sx(jan1(yr)), y + 14, String(yr), 'text-anchor="middle" fill="#444"')).join('');
  }
  /** Legend items (glyph + wrapped label) laid out in lines from y0; returns {h, body}. */
  function legend(items, W, y0) {
    const maxW = W - 8, lh = 16;
    let x = 12, y = y0 + 14, rowH = lh, body = '';
    for (const it of items) {
      const lines = wrap(it.kind === 'mark' ? it.label.replace(/^‡\s*/, '') : it.label, Math.max(12, Math.floor((maxW - 34) / CW)));
      const w = 30 + Math.max(...lines.map((l) => l.length)) * CW + 16;
      if (x > 12 && (x + w > maxW || lines.length > 1)) { x = 12; y += rowH; rowH = lh; }
      const gx = x + 10, gy = y - 4;
      const g = {
        dot: dot(gx, gy, it.color), hollow: dot(gx, gy, it.color, true),
        whisker: whisker(gx, gy - 7, gy + 7, it.color, 3) + dot(gx, gy, it.color),
        band: `<rect x="${gx - 9}" y="${gy - 6}" width="18" height="12" fill="${it.color}" fill-opacity="${it.op || 0.3}"${it.dash ? ` stroke="${C.black}" stroke-width="0.8" stroke-dasharray="3 2"` : ` stroke="${C.blue}" stroke-width="0.8"`}/>`,
        tick: line(gx, gy - 8, gx, gy + 8, `stroke="${it.color}" stroke-width="2"`),
        dash: line(gx, gy - 8, gx, gy + 8, `stroke="${it.color}" stroke-width="1.5" stroke-dasharray="4 3"`),
        row: `<rect x="${gx - 9}" y="${gy - 7}" width="18" height="14" fill="${C.yellow}" fill-opacity="0.55"/>`,
        mark: text(gx, gy + 5, '‡', 'text-anchor="middle" font-weight="bold"'),
      }[it.kind];
      body += g + lines.map((l, j) => text(x + 26, y + j * lh, l, 'fill="#333"')).join('');
      rowH = Math.max(rowH, lines.length * lh);
      x += w;
    }
    return { h: items.length ? y + rowH - y0 : 0, body };
  }

  // ---------------------------------------------------------------- tables (HTML and CSV)
  /** A number cell: raw value v (CSV, data-v), formatted f (shown), optional ‡ mark. */
  const nc = (v, f, mark) => ({ v: v == null ? null : v, f: v == null ? (f || '–') : f, mark });
  /** A text cell: shown t, raw value for CSV (default t). */
  const tc = (t, raw) => ({ t: t == null ? '' : String(t), raw });

  function tableHtml(tb) {
    const show = tb.cols.map((c, j) => j).filter((j) => !tb.cols[j].csvOnly);
    const head = show.map((j) => `<th scope="col"${tb.cols[j].num ? ' class="num"' : ''}>${esc(tb.cols[j].h)}</th>`).join('');
    const body = tb.rows.map((row) => `<tr data-key="${esc(row.key)}"${row.hl ? ' class="hl"' : ''}>` + show.map((j, n) => {
      const x = row.cells[j];
      if (x.t !== undefined) return n === 0 ? `<th scope="row">${esc(x.t)}</th>` : `<td>${esc(x.t)}</td>`;
      const mark = x.mark ? `<span class="flag" title="${esc(tr('explorer.flag_short'))}">‡</span>` : '';
      return x.v == null ? `<td class="num na">${esc(x.f)}</td>` : `<td class="num" data-v="${x.v}">${esc(x.f)}${mark}</td>`;
    }).join('') + '</tr>').join('');
    return `<table><caption>${esc(tb.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  }
  /** The table's raw numbers as CSV: header row, comma-separated, quoted where needed. */
  function csvOf(tb) {
    const q = (s) => (/[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
    const cell = (x) => (x.t !== undefined ? (x.raw != null ? String(x.raw) : x.t) : x.v == null ? '' : String(x.v));
    const pre = tb.prefix || [];
    return [pre.map((p) => p[0]).concat(tb.cols.map((c) => c.csv || c.h)).map(q)]
      .concat(tb.rows.map((r) => pre.map((p) => q(String(p[1]))).concat(r.cells.map((x) => q(cell(x))))))
      .map((r) => r.join(',')).join('\r\n') + '\r\n';
  }

  // ---------------------------------------------------------------- shared pieces of the views
  const axisTitle = (ind) => tr('explorer.axis_' + (ind.unit === 'percent' ? 'percent' : ind.unit === 'raw' ? 'raw' : 'score'));
  const clampOf = (ind) => (ind.unit === 'raw' ? null : [0, 100]);
  const flagNote = () => T['city.table_note_flag'] || '‡';
  /** "n = 512–1,411 per wave" (or per city) over rows that show a number. */
  function nLine(rows, per) {
    const ns = finite(rows.filter((r) => !E.sup[r]).map((r) => E.n[r]));
    if (!ns.length) return '';
    const lo = Math.min(...ns), hi = Math.max(...ns);
    return lo === hi ? tr('explorer.n_one_' + per, { n: count(lo) }) : tr('explorer.n_range_' + per, { lo: count(lo), hi: count(hi) });
  }
  /** Tooltip parts of one estimate row (suppressed: no number at all). */
  function estTip(r, ind, head) {
    if (E.sup[r]) return [tr('explorer.tip_value', { wave: head, value: tr('explorer.too_few') })];
    const out = [tr('explorer.tip_value', { wave: head, value: val(E.est[r], ind) + (E.flag[r] ? ' ‡' : '') })];
    if (E.lo[r] != null && E.hi[r] != null) out.push(tr('explorer.tip_interval', { lo: val(E.lo[r], ind), hi: val(E.hi[r], ind) }));
    if (E.n[r] != null) out.push(tr('explorer.tip_n', { n: count(E.n[r]) }));
    if (E.flag[r]) out.push(tr('explorer.flag_short'));
    return out;
  }
  /** A table column: its CSV name, the key of its heading (none: CSV only), numeric or not. */
  const col = (csv, key, num) => ({ csv, h: key ? tr('explorer.' + key) : csv, num: !!num, csvOnly: !key });
  /** Columns and cells shared by the estimate tables. */
  const estCols = () => [col('n', 'col_n', 1), col('estimate', 'col_estimate', 1), col('ci_low', 'col_lo', 1), col('ci_high', 'col_hi', 1)];
  function estCells(r, ind) {
    if (E.sup[r]) return [nc(null, '–'), nc(null, tr('explorer.too_few')), nc(null, '–'), nc(null, '–')];
    return [nc(E.n[r], count(E.n[r])), nc(E.est[r], val(E.est[r], ind), E.flag[r] > 0),
      nc(E.lo[r], val(E.lo[r], ind)), nc(E.hi[r], val(E.hi[r], ind))];
  }
  const estCsv = (r, ind) => [tc(isoDate(E.date[r])), tc(String(E.sup[r])), tc(String(E.flag[r])), tc(ind.unit)];
  const estCsvCols = () => [col('date'), col('suppressed'), col('flag'), col('unit')];
  const TONE = { improved: 'good', declined: 'bad' };

  // ---------------------------------------------------------------- view 1: a city over time
  function viewTime(R, W) {
    const ind = R.ind, city = CITIES[R.c], src = kindTitle(R.k);
    const ser = [R.g].concat(R.g2 >= 0 ? [R.g2] : []).map((g, j) => {
      const vr = verdictBy.get(k5(R.s, R.i, R.c, R.k, g));
      return { g, color: SERIES[j], rows: estBy.get(k5(R.s, R.i, R.c, R.k, g)) || [], v: vr ? vr[0] : -1 };
    });
    const gNames = ser.map((x) => GROUPS[x.g].title).join(' · ');
    const out = { title: tr('explorer.title_time', { indicator: ind.title, city, group: gNames, source: src }), notes: [] };
    const all = ser.flatMap((x) => x.rows);
    out.side = ser.map((x) => {
      const head = `<h3>${esc(ser.length > 1 ? tr('explorer.label_value', { group: tr('explorer.verdict'), value: GROUPS[x.g].title }) : tr('explorer.verdict'))}</h3>`;
      if (x.v < 0) return `<div class="verdict">${head}<p>${esc(tr('explorer.no_verdict'))}</p></div>`;
      const w = V.word[x.v];
      return `<div class="verdict" style="border-color:${x.color}">${head}<p><span class="tag tag-${TONE[w] || 'neutral'}">` +
        `${esc(T['word.' + w] || w)}</span></p><p class="sentence">${esc(V.sentence[x.v] || '')}</p></div>`;
    }).join('');
    if (!all.length) return out;
    // Series breaks (each from–to pair once) and the date of each wave of this city.
    const dateOf = new Map(all.map((r) => [E.wave[r], E.date[r]]));
    const wd = (w) => (dateOf.has(w) ? dateOf.get(w) : waveDate.get(w));
    const seen = new Set(), brk = [], whose = new Map();
    for (const x of ser) for (const r of breaksBy.get(k5(R.s, R.i, R.c, R.k, x.g)) || []) {
      const id = B.from[r] + '|' + B.to[r];
      (x.breakTo = x.breakTo || new Set()).add(B.to[r]);
      (x.brk = x.brk || []).push(r);
      whose.set(id, (whose.get(id) || []).concat([GROUPS[x.g].title]));
      if (!seen.has(id) && wd(B.from[r]) != null && wd(B.to[r]) != null) { seen.add(id); brk.push(r); }
    }
    const breakText = (r) => (B.note[r] ? tr('explorer.break', { from: waveLabel(B.from[r]), to: waveLabel(B.to[r]), value: B.note[r] })
      : tr('explorer.break_plain', { from: waveLabel(B.from[r]), to: waveLabel(B.to[r]) }));
    const breakLabel = (r) => (ser.length > 1
      ? tr('explorer.label_value', { group: whose.get(B.from[r] + '|' + B.to[r]).join(' · '), value: breakText(r) }) : breakText(r));
    // Scales.
    const dates = all.map((r) => E.date[r]);
    let d0 = Math.min(...dates), d1 = Math.max(...dates);
    const dpad = Math.max(60, (d1 - d0) * 0.05); d0 -= dpad; d1 += dpad;
    const shown = all.filter((r) => !E.sup[r]);
    const ph = W < 560 ? 220 : 280;
    const dom = niceDomain(finite(shown.flatMap((r) => [E.est[r], E.lo[r], E.hi[r]])), ph / 45, clampOf(ind));
    const ml = 14 + Math.max(...dom.ticks.map((t) => num(t, dom.dec).length)) * CW, mt = 26, mr = 16;
    const sx = lin(d0, d1, ml, W - mr), sy = lin(dom.lo, dom.hi, mt + ph, mt);
    let body = text(ml - 8, 14, axisTitle(ind), 'fill="#444"') + yGrid(dom, sy, ml, W - mr) +
      line(ml, mt + ph, W - mr, mt + ph, 'stroke="#888"') + xDates(d0, d1, sx, mt + ph, W - ml - mr);
    for (const r of brk) {
      const x = f1((sx(wd(B.from[r])) + sx(wd(B.to[r]))) / 2);
      body += pt(breakLabel(r), line(x, mt, x, mt + ph, `class="mk" stroke="${C.black}" stroke-width="1.4" stroke-dasharray="5 4"`) +
        `<rect x="${x - 6}" y="${mt}" width="12" height="${ph}" fill="transparent"/>`);
    }
    // Suppressed waves: hollow marks in a lane under the axis, never at a value.
    const anySup = all.some((r) => E.sup[r] || E.est[r] == null), supY = mt + ph + 36, lane = anySup ? 22 : 0;
    if (anySup) body += line(ml, supY, W - mr, supY, `stroke="${C.grid}" stroke-dasharray="2 3"`);
    let anyFlag = false;
    ser.forEach((x, j) => {
      const off = ser.length > 1 ? (j ? 4 : -4) : 0;
      let path = '', pen = 'M';
      for (const r of x.rows) {
        if (E.sup[r] || E.est[r] == null || (x.breakTo && x.breakTo.has(E.wave[r]))) pen = 'M';
        if (E.sup[r] || E.est[r] == null) continue;
        path += `${pen}${sx(E.date[r]) + off} ${sy(E.est[r])}`; pen = 'L';
      }
      body += `<path d="${path}" fill="none" stroke="${x.color}" stroke-opacity="0.45" stroke-width="1.5"/>`;
      for (const r of x.rows) {
        const cx = f1(sx(E.date[r]) + off), head = waveLabel(E.wave[r]) + (ser.length > 1 ? ', ' + GROUPS[x.g].title : '');
        const tip = estTip(r, ind, head);
        if (x.v >= 0 && (E.wave[r] === V.from[x.v] || E.wave[r] === V.to[x.v])) {
          tip.push(tr('explorer.tip_verdict', { value: (T['word.' + V.word[x.v]] || V.word[x.v]) + (V.q[x.v] != null ? ', ' + qExpr(V.q[x.v]) : '') }));
        }
        if (E.sup[r] || E.est[r] == null) { body += pt(tip.join('; '), dot(cx, supY, x.color, true)); continue; }
        const cy = sy(E.est[r]);
        let g = E.lo[r] != null && E.hi[r] != null ? whisker(cx, sy(E.lo[r]), sy(E.hi[r]), x.color, 3.5) : '';
        g += dot(cx, cy, x.color);
        if (E.flag[r]) { anyFlag = true; g += text(cx + 6, cy - 5, '‡', 'font-weight="bold" fill="#000"'); }
        body += pt(tip.join('; '), g);
      }
    });
    const items = ser.map((x) => ({ kind: 'whisker', color: x.color, label: tr('explorer.label_value', { group: GROUPS[x.g].title, value: tr('explorer.legend_estimate') }) }));
    if (anySup) items.push({ kind: 'hollow', color: C.grey, label: tr('explorer.too_few') });
    if (brk.length) items.push({ kind: 'dash', color: C.black, label: tr('explorer.legend_break') });
    if (anyFlag) items.push({ kind: 'mark', label: tr('explorer.flag_short') });
    const lg = legend(items, W, mt + ph + 26 + lane);
    const first = waveLabel(E.wave[all[0]]), last = waveLabel(E.wave[all[all.length - 1]]);
    out.chart = { w: W, h: mt + ph + 30 + lane + lg.h, body: body + lg.body,
      label: tr('explorer.summary_time', { indicator: ind.title, city, group: gNames, n: ser[0].rows.length, from: first, to: last }) };
    if (anyFlag) out.notes.push(flagNote());
    brk.forEach((r) => out.notes.push(breakLabel(r)));
    out.nLine = nLine(all, 'wave');
    out.table = { caption: out.title,
      prefix: [['set', R.st.set], ['indicator', ind.id], ['city', city], ['source', R.st.kind]],
      cols: [col('group', 'col_group'), col('wave', 'col_wave')].concat(estCols(), [col('note', 'col_note')], estCsvCols()),
      rows: ser.flatMap((x) => x.rows.map((r) => ({ key: `${city}|${E.wave[r]}|${gKey(x.g)}`,
        cells: [tc(GROUPS[x.g].title, gKey(x.g)), tc(waveLabel(E.wave[r]), E.wave[r])].concat(estCells(r, ind),
          [tc((x.brk || []).filter((b) => B.to[b] === E.wave[r]).map(breakText).join(' '))], estCsv(r, ind)) }))) };
    return out;
  }

  // ---------------------------------------------------------------- view 2: cities side by side
  function viewCities(R, W) {
    const ind = R.ind, src = kindTitle(R.k), latest = R.st.period === 'latest', Y = +R.st.period;
    const gT = GROUPS[R.g] ? GROUPS[R.g].title : '';
    const out = { title: tr('explorer.title_cities', { indicator: ind.title, group: gT, source: src,
      wave: latest ? tr('explorer.period_latest') : R.st.period }), notes: [] };
    const items = [];
    let missing = 0;
    for (const c of cityOrder) {
      const a = estBy.get(k5(R.s, R.i, c, R.k, R.g));
      let r = -1;
      if (a && latest) r = a[a.length - 1];
      else if (a) for (let j = a.length - 1; j >= 0; j--) if (E.year[a[j]] === Y) { r = a[j]; break; }
      if (r >= 0) items.push({ c, r }); else missing++;
    }
    if (!items.length) return out;
    // The chosen peer group: latest wave and all residents only (peer rows are made for those).
    const pr = latest && R.g === GALL ? R.peerRow : -1;
    if (R.peerRow >= 0 && !latest) out.notes.push(tr('explorer.peer_latest_only', { value: tr('explorer.period_latest') }));
    else if (R.peerRow >= 0 && R.g !== GALL) out.notes.push(tr('explorer.peer_all_only', { group: GROUPS[GALL].title }));
    const mem = new Set(pr >= 0 ? P.members[pr] : []);
    const inPeer = (x) => x.c === R.c || mem.has(x.c);
    let blocks = [{ head: '', items }];
    if (pr >= 0 && R.st.sort === 'peer') {
      blocks = [{ head: P.label[pr], items: items.filter(inPeer) }, { head: tr('explorer.other_cities'), items: items.filter((x) => !inPeer(x)) }];
    }
    // Layout: one row per city, labels on the left.
    const rowH = 22, mt = 40, mr = 16;
    const maxName = Math.max(...items.map((x) => CITIES[x.c].length));
    const lw = Math.round(Math.min(maxName * CW + 14, W * 0.38)), nameChars = Math.floor((lw - 12) / CW);
    const nRows = items.length + blocks.filter((b) => b.head).length;
    const y1 = mt + nRows * rowH;
    const shown = items.filter((x) => !E.sup[x.r]).map((x) => x.r);
    const vals = finite(shown.flatMap((r) => [E.est[r], E.lo[r], E.hi[r]]));
    if (pr >= 0) vals.push(...finite([P.median[pr], P.q1[pr], P.q3[pr]]));
    const dom = niceDomain(vals, (W - lw) / 70, clampOf(ind));
    const sx = lin(dom.lo, dom.hi, lw, W - mr);
    let body = text(lw, 13, axisTitle(ind), 'fill="#444"') + xGrid(dom, sx, mt - 4, y1 + 4, [mt - 8, y1 + 18]);
    if (pr >= 0 && P.q1[pr] != null && P.q3[pr] != null) {
      body += `<rect x="${sx(P.q1[pr])}" y="${mt}" width="${f1(sx(P.q3[pr]) - sx(P.q1[pr]))}" height="${y1 - mt}" fill="${C.sky}" fill-opacity="0.28"/>` +
        `<path d="M${sx(P.q1[pr])} ${mt}V${y1}M${sx(P.q3[pr])} ${mt}V${y1}" stroke="${C.blue}" stroke-width="0.8"/>`;
    }
    if (pr >= 0 && P.median[pr] != null) body += line(sx(P.median[pr]), mt - 4, sx(P.median[pr]), y1 + 4, `stroke="${C.black}" stroke-width="2"`);
    let y = mt, anyFlag = false, anySup = false, guides = '';
    const colorOf = (x) => (x.c === R.c ? C.verm : pr < 0 || mem.has(x.c) ? C.blue : C.grey);
    for (const b of blocks) {
      if (b.head) { body += text(8, y + 15, trunc(b.head, Math.floor((W - 16) / CW)), 'font-weight="bold" fill="#333"'); y += rowH; }
      for (const x of b.items) {
        const r = x.r, cy = y + rowH / 2, name = CITIES[x.c], col = colorOf(x), me = x.c === R.c;
        if (me) body += `<rect x="0" y="${y}" width="${W}" height="${rowH}" fill="${C.yellow}" fill-opacity="0.55"/>`;
        guides += `M${lw} ${cy}H${W - mr}`;
        body += text(lw - 8, cy + 4, trunc(name, nameChars), `text-anchor="end"${me ? ' font-weight="bold"' : ''} fill="${C.ink}"`);
        const tip = estTip(r, ind, name + ', ' + waveLabel(E.wave[r]));
        if (pr >= 0 && mem.has(x.c)) tip.push(tr('explorer.tip_member'));
        if (E.sup[r] || E.est[r] == null) {
          anySup = true;
          body += pt(tip.join('; '), dot(lw + 8, cy, col, true) + text(lw + 18, cy + 4, tr('explorer.too_few'), 'font-style="italic" fill="#555"'));
        } else {
          let g = E.lo[r] != null && E.hi[r] != null ? hwhisker(sx(E.lo[r]), sx(E.hi[r]), cy, col, 3.5) : '';
          g += dot(sx(E.est[r]), cy, col);
          if (E.flag[r]) { anyFlag = true; g += text(sx(E.est[r]) + 6, cy - 4, '‡', 'font-weight="bold" fill="#000"'); }
          body += pt(tip.join('; '), g);
        }
        y += rowH;
      }
    }
    body = `<path d="${guides}" stroke="#eceff2" fill="none"/>` + body;
    const legendItems = [{ kind: 'row', label: CITIES[R.c] }];
    if (pr >= 0) {
      legendItems.push({ kind: 'whisker', color: C.blue, label: tr('explorer.legend_members', { group: P.label[pr] }) },
        { kind: 'whisker', color: C.grey, label: tr('explorer.other_cities') });
      if (P.median[pr] != null) legendItems.push({ kind: 'tick', color: C.black, label: tr('explorer.legend_median') });
      if (P.q1[pr] != null && P.q3[pr] != null) legendItems.push({ kind: 'band', color: C.sky, label: tr('explorer.legend_iqr') });
    } else legendItems.push({ kind: 'whisker', color: C.blue, label: tr('explorer.legend_estimate') });
    if (anySup) legendItems.push({ kind: 'hollow', color: C.grey, label: tr('explorer.too_few') });
    if (anyFlag) legendItems.push({ kind: 'mark', label: tr('explorer.flag_short') });
    const lg = legend(legendItems, W, y1 + 24);
    out.chart = { w: W, h: y1 + 28 + lg.h, body: body + lg.body,
      label: tr('explorer.summary_cities', { indicator: ind.title, source: src, group: gT, n: items.length }) };
    if (anyFlag) out.notes.push(flagNote());
    if (missing) out.notes.push(tr('explorer.missing_cities', { n: missing }));
    if (pr >= 0) {
      out.notes.push(tr(P.median[pr] == null ? 'explorer.peer_too_few' : 'explorer.peer_note'));
      const pos = P.position[pr];
      const rowsP = [[tr('explorer.col_city_value'), nc(P.value[pr], val(P.value[pr], ind))], [tr('explorer.col_median'), nc(P.median[pr], val(P.median[pr], ind))],
        [tr('explorer.col_q1'), nc(P.q1[pr], val(P.q1[pr], ind))], [tr('explorer.col_q3'), nc(P.q3[pr], val(P.q3[pr], ind))],
        [tr('explorer.col_n_peers'), nc(P.n_peers[pr], count(P.n_peers[pr]))]];
      if (P.n_other_mode && P.n_other_mode[pr]) rowsP.push([tr('explorer.col_other_mode'), nc(P.n_other_mode[pr], count(P.n_other_mode[pr]))]);
      out.side = `<div class="peerbox"><h3>${esc(tr('explorer.peer'))}</h3><p>${esc(P.label[pr])}</p><table class="mini"><caption>` +
        `${esc(tr('explorer.peer_caption', { city: CITIES[R.c], wave: waveLabel(P.wave[pr]) }))}</caption><tbody>` +
        rowsP.map(([h, x]) => `<tr><th scope="row">${esc(h)}</th><td class="num"${x.v == null ? '' : ` data-v="${x.v}"`}>${esc(x.f)}</td></tr>`).join('') +
        `<tr><th scope="row">${esc(tr('explorer.col_position'))}</th><td>${esc(T['position.' + (pos || 'unknown')] || pos || '')}</td></tr></tbody></table></div>`;
    }
    out.nLine = nLine(items.map((x) => x.r), 'city');
    const cols = [col('city', 'col_city'), col('wave', 'col_wave')].concat(estCols());
    if (pr >= 0) cols.push(col('in_peer_group', 'col_member'));
    out.table = { caption: out.title, cols: cols.concat(estCsvCols()),
      prefix: [['set', R.st.set], ['indicator', ind.id], ['source', R.st.kind], ['group', R.st.group], ['period', R.st.period]],
      rows: blocks.flatMap((b) => b.items).map((x) => ({ key: `${CITIES[x.c]}|${E.wave[x.r]}|${gKey(R.g)}`, hl: x.c === R.c,
        cells: [tc(CITIES[x.c]), tc(waveLabel(E.wave[x.r]), E.wave[x.r])].concat(estCells(x.r, ind),
          pr >= 0 ? [tc(x.c === R.c ? '' : mem.has(x.c) ? tr('explorer.yes') : tr('explorer.no'), x.c === R.c ? '' : mem.has(x.c) ? 1 : 0)] : [],
          estCsv(x.r, ind)) })) };
    return out;
  }

  // ---------------------------------------------------------------- view 3: subgroup gaps over time
  function viewGaps(R, W) {
    const ind = R.ind, city = CITIES[R.c], src = kindTitle(R.k);
    const dimT = (GROUPS.find((x) => x.dim === R.st.dim) || {}).dim_title || '';
    const out = { title: tr('explorer.title_gaps', { indicator: ind.title, city, group: dimT, source: src }), notes: [] };
    const rows = (gapsBy.get(k4(R.s, R.i, R.c, R.k)) || []).filter((r) => GROUPS[G.group[r]].dim === R.st.dim);
    if (!rows.length) return out;
    const dateOf = new Map();
    for (const g of A.groups.get(k4(R.s, R.i, R.c, R.k)) || []) for (const r of estBy.get(k5(R.s, R.i, R.c, R.k, g))) if (!dateOf.has(E.wave[r])) dateOf.set(E.wave[r], E.date[r]);
    const wd = (w) => (dateOf.has(w) ? dateOf.get(w) : waveDate.get(w));
    const ok = rows.filter((r) => wd(G.wave[r]) != null).sort((a, b) => wd(G.wave[a]) - wd(G.wave[b]) || G.group[a] - G.group[b]);
    if (!ok.length) return out;
    const grp = uniq(ok.map((r) => G.group[r])).sort((a, b) => a - b);
    const colorOf = (g) => SERIES[grp.indexOf(g) % SERIES.length];
    const dec = ind.decimals, gv = (v) => signed(v, dec);
    const dates = ok.map((r) => wd(G.wave[r]));
    let d0 = Math.min(...dates), d1 = Math.max(...dates);
    const dpad = Math.max(60, (d1 - d0) * 0.05); d0 -= dpad; d1 += dpad;
    const ph = W < 560 ? 220 : 280;
    const dom = niceDomain(finite(ok.flatMap((r) => [G.gap[r], G.lo[r], G.hi[r]])), ph / 45, null, true);
    const ml = 14 + Math.max(...dom.ticks.map((t) => num(t, dom.dec).length)) * CW, mt = 26, mr = 16;
    const sx = lin(d0, d1, ml, W - mr), sy = lin(dom.lo, dom.hi, mt + ph, mt);
    let body = text(ml - 8, 14, tr('explorer.axis_gap_' + (ind.unit === 'percent' ? 'percent' : ind.unit === 'raw' ? 'raw' : 'score')), 'fill="#444"') +
      yGrid(dom, sy, ml, W - mr) + line(ml, sy(0), W - mr, sy(0), `stroke="${C.black}" stroke-width="1.3"`) +
      line(ml, mt + ph, W - mr, mt + ph, 'stroke="#888"') + xDates(d0, d1, sx, mt + ph, W - ml - mr);
    const sigText = (r) => (G.sig[r] == null ? tr('explorer.not_tested') : tr(G.sig[r] ? 'explorer.tip_sig' : 'explorer.tip_notsig', { q: G.q[r] != null ? qExpr(G.q[r]) : '–' }));
    for (const r of ok) {
      const g = G.group[r], col = colorOf(g), cx = f1(sx(wd(G.wave[r])) + (grp.indexOf(g) - (grp.length - 1) / 2) * 8);
      const tip = [tr('explorer.tip_value', { wave: `${waveLabel(G.wave[r])}, ${GROUPS[g].title} − ${GROUPS[G.ref[r]].title}`, value: gv(G.gap[r]) }),
        tr('explorer.tip_interval', { lo: gv(G.lo[r]), hi: gv(G.hi[r]) })];
      if (G.alo[r] != null && G.ahi[r] != null) tip.push(tr('explorer.tip_adjusted', { lo: gv(G.alo[r]), hi: gv(G.ahi[r]) }));
      tip.push(sigText(r));
      let m = G.lo[r] != null && G.hi[r] != null ? whisker(cx, sy(G.lo[r]), sy(G.hi[r]), col, 3.5) : '';
      body += pt(tip.join('; '), m + dot(cx, sy(G.gap[r]), col, G.sig[r] !== 1));
    }
    const items = grp.map((g) => ({ kind: 'whisker', color: colorOf(g),
      label: tr('explorer.diff_to', { group: GROUPS[g].title, value: GROUPS[G.ref[ok.find((r) => G.group[r] === g)]].title }) }));
    items.push({ kind: 'dot', color: C.grey, label: tr('explorer.legend_sig') }, { kind: 'hollow', color: C.grey, label: tr('explorer.legend_notsig') });
    const lg = legend(items, W, mt + ph + 26);
    out.chart = { w: W, h: mt + ph + 30 + lg.h, body: body + lg.body, label: tr('explorer.summary_gaps', { indicator: ind.title, city, group: dimT, n: ok.length }) };
    out.notes.push(tr('explorer.gap_note', { value: D.method || '', q: num(D.alpha, 2) }));
    out.table = { caption: out.title,
      prefix: [['set', R.st.set], ['indicator', ind.id], ['city', city], ['source', R.st.kind]],
      cols: [col('group', 'col_group'), col('reference', 'col_reference'), col('wave', 'col_wave'), col('gap', 'col_gap', 1),
        col('ci_low', 'col_lo', 1), col('ci_high', 'col_hi', 1), col('adj_low', 'col_alo', 1), col('adj_high', 'col_ahi', 1),
        { csv: 'q', h: 'q', num: true }, col('significant', 'col_sig'), col('unit')],
      rows: ok.map((r) => ({ key: `${city}|${G.wave[r]}|${gKey(G.group[r])}`,
        cells: [tc(GROUPS[G.group[r]].title, gKey(G.group[r])), tc(GROUPS[G.ref[r]].title, gKey(G.ref[r])), tc(waveLabel(G.wave[r]), G.wave[r]),
          nc(G.gap[r], gv(G.gap[r])), nc(G.lo[r], gv(G.lo[r])), nc(G.hi[r], gv(G.hi[r])), nc(G.alo[r], gv(G.alo[r])), nc(G.ahi[r], gv(G.ahi[r])),
          nc(G.q[r], G.q[r] == null ? '–' : qText(G.q[r])),
          tc(G.sig[r] == null ? '–' : tr(G.sig[r] ? 'explorer.yes' : 'explorer.no'), G.sig[r] == null ? '' : G.sig[r]), tc(ind.unit)] })) };
    return out;
  }

  // ---------------------------------------------------------------- view 4: ICC Index by area
  function viewIndex(R, W) {
    const city = CITIES[R.c], out = { title: tr('explorer.title_index', { city }), notes: [tr('explorer.index_note')] };
    if (R.es < 0) return out;
    const inds = SETS[R.es].indicators;
    // The latest year in which the city has a score on any area; one row per area that year.
    let Y = -Infinity;
    const byInd = inds.map((_, i) => estBy.get(k5(R.es, i, R.c, KIDX, GALL)) || []);
    byInd.forEach((a) => a.forEach((r) => { if (E.est[r] != null && E.year[r] > Y) Y = E.year[r]; }));
    const items = [];
    byInd.forEach((a, i) => {
      let r = -1;
      for (let j = a.length - 1; j >= 0; j--) if (E.year[a[j]] === Y && E.est[a[j]] != null) { r = a[j]; break; }
      if (r < 0) return;
      const pr = (peersBy.get(k4(R.es, i, R.c, KIDX)) || []).find((p) => P.label[p] === R.peerLabel);
      items.push({ i, r, pr: pr === undefined ? -1 : pr });
    });
    if (!items.length) return out;
    out.title = tr('explorer.title_index_year', { city, wave: String(Y) });
    const rowH = 26, mt = 40, mr = 16;
    const lw = Math.round(Math.min(Math.max(...items.map((x) => inds[x.i].title.length)) * CW + 14, W * 0.42));
    const y1 = mt + items.length * rowH;
    const vals = finite(items.flatMap((x) => [E.est[x.r]].concat(x.pr >= 0 ? [P.median[x.pr], P.q1[x.pr], P.q3[x.pr]] : [])));
    const dom = niceDomain(vals.concat([0, 100]), (W - lw) / 70, [0, 100]);
    const sx = lin(dom.lo, dom.hi, lw, W - mr);
    let body = text(lw, 13, tr('explorer.axis_score'), 'fill="#444"') + xGrid(dom, sx, mt - 4, y1 + 4, [mt - 8, y1 + 18]);
    let anyPeer = false, tooFew = false;
    items.forEach((x, j) => {
      const ind = inds[x.i], cy = mt + j * rowH + rowH / 2, pr = x.pr;
      body += text(lw - 8, cy + 4, trunc(ind.title, Math.floor((lw - 12) / CW)), `text-anchor="end" fill="${C.ink}"`);
      const tip = [tr('explorer.tip_value', { wave: ind.title + ', ' + waveLabel(E.wave[x.r]), value: val(E.est[x.r], ind) })];
      let g = '';
      if (pr >= 0) {
        if (P.median[pr] == null) tooFew = true; else anyPeer = true;
        if (P.q1[pr] != null && P.q3[pr] != null) {
          g += `<rect x="${sx(P.q1[pr])}" y="${cy - 6}" width="${f1(sx(P.q3[pr]) - sx(P.q1[pr]))}" height="12" fill="${C.sky}" fill-opacity="0.45" stroke="${C.blue}" stroke-width="0.8"/>`;
          tip.push(tr('explorer.tip_iqr', { lo: val(P.q1[pr], ind), hi: val(P.q3[pr], ind) }));
        }
        if (P.median[pr] != null) {
          g += line(sx(P.median[pr]), cy - 9, sx(P.median[pr]), cy + 9, `stroke="${C.black}" stroke-width="2"`);
          tip.push(tr('explorer.tip_median', { value: val(P.median[pr], ind) }));
        }
        tip.push(tr('explorer.tip_position', { value: T['position.' + (P.position[pr] || 'unknown')] || '' }), tr('explorer.tip_n_peers', { n: count(P.n_peers[pr]) }));
      }
      body += pt(tip.join('; '), g + dot(sx(E.est[x.r]), cy, C.verm));
    });
    const items2 = [{ kind: 'dot', color: C.verm, label: city }];
    if (anyPeer) items2.push({ kind: 'tick', color: C.black, label: tr('explorer.legend_median') }, { kind: 'band', color: C.sky, op: 0.45, label: tr('explorer.legend_iqr') });
    const lg = legend(items2, W, y1 + 24);
    out.chart = { w: W, h: y1 + 28 + lg.h, body: body + lg.body, label: tr('explorer.summary_index', { city, wave: String(Y), n: items.length }) };
    if (anyPeer || tooFew) out.notes.push(tr('explorer.peer_group', { group: R.peerLabel }));
    if (tooFew) out.notes.push(tr('explorer.peer_too_few'));
    if (anyPeer) out.notes.push(tr('explorer.peer_note'));
    const pc = (x, col, f) => (x.pr >= 0 ? nc(P[col][x.pr], f(P[col][x.pr])) : nc(null, '–'));
    out.table = { caption: out.title,
      prefix: [['set', SETS[R.es].id], ['city', city], ['peer_group', R.peerLabel || '']],
      cols: [col('area', 'col_area'), col('wave', 'col_wave'), col('score', 'col_score', 1), col('peer_median', 'col_median', 1),
        col('peer_q1', 'col_q1', 1), col('peer_q3', 'col_q3', 1), col('n_peers', 'col_n_peers', 1), col('position', 'col_position'), col('unit')],
      rows: items.map((x) => { const ind = inds[x.i], v = (z) => val(z, ind); return { key: `${city}|${ind.id}|${E.wave[x.r]}`,
        cells: [tc(ind.title, ind.id), tc(waveLabel(E.wave[x.r]), E.wave[x.r]), nc(E.est[x.r], v(E.est[x.r])), pc(x, 'median', v), pc(x, 'q1', v), pc(x, 'q3', v),
          pc(x, 'n_peers', count), x.pr >= 0 ? tc(T['position.' + (P.position[x.pr] || 'unknown')] || '', P.position[x.pr] || '') : tc('–', ''), tc(ind.unit)] }; }) };
    return out;
  }

  // ---------------------------------------------------------------- view 5: composite (researchers)
  function viewComposite(R, W) {
    const city = CITIES[R.c];
    const rows = (R.cs >= 0 ? compBy.get(R.cs * NC + R.c) || [] : []).filter((r) => K.id[r] === R.st.comp);
    const title = compTitle.get(R.st.comp) || R.st.comp;
    const out = { title: tr('explorer.title_composite', { indicator: title, city }), notes: [tr('explorer.composite_note')] };
    const wd = (r) => K.date[r];
    const ok = rows.filter((r) => K.score[r] != null).sort((a, b) => wd(a) - wd(b));
    if (!ok.length) return out;
    const ind = { unit: 'score', decimals: K.decimals[ok[0]] };
    const v = (z) => val(z, ind);
    const dates = ok.map(wd);
    let d0 = Math.min(...dates), d1 = Math.max(...dates);
    const dpad = Math.max(60, (d1 - d0) * 0.05); d0 -= dpad; d1 += dpad;
    const ph = W < 560 ? 220 : 280;
    const dom = niceDomain(finite(ok.flatMap((r) => [K.score[r], K.lo[r], K.hi[r], K.blo[r], K.bhi[r]])), ph / 45, null);
    const ml = 14 + Math.max(...dom.ticks.map((t) => num(t, dom.dec).length)) * CW, mt = 26, mr = 16;
    const sx = lin(d0, d1, ml, W - mr), sy = lin(dom.lo, dom.hi, mt + ph, mt);
    let body = text(ml - 8, 14, tr('explorer.axis_composite'), 'fill="#444"') + yGrid(dom, sy, ml, W - mr) +
      line(ml, mt + ph, W - mr, mt + ph, 'stroke="#888"') + xDates(d0, d1, sx, mt + ph, W - ml - mr);
    let path = '';
    ok.forEach((r, j) => { path += `${j ? 'L' : 'M'}${sx(wd(r))} ${sy(K.score[r])}`; });
    body += `<path d="${path}" fill="none" stroke="${C.blue}" stroke-opacity="0.45" stroke-width="1.5"/>`;
    let anyBand = false, anyCi = false;
    for (const r of ok) {
      const cx = sx(wd(r)), tip = [tr('explorer.tip_value', { wave: waveLabel(K.wave[r]), value: v(K.score[r]) })];
      let g = '';
      if (K.blo[r] != null && K.bhi[r] != null) {
        anyBand = true;
        g += `<rect x="${f1(cx - 8)}" y="${sy(K.bhi[r])}" width="16" height="${f1(sy(K.blo[r]) - sy(K.bhi[r]))}" fill="${C.orange}" fill-opacity="0.35" stroke="${C.black}" stroke-width="0.8" stroke-dasharray="3 2"/>`;
      }
      if (K.lo[r] != null && K.hi[r] != null) { anyCi = true; g += whisker(cx, sy(K.lo[r]), sy(K.hi[r]), C.black, 3.5); tip.push(tr('explorer.tip_sampling', { lo: v(K.lo[r]), hi: v(K.hi[r]) })); }
      if (K.blo[r] != null && K.bhi[r] != null) tip.push(tr('explorer.tip_band', { lo: v(K.blo[r]), hi: v(K.bhi[r]) }));
      body += pt(tip.join('; '), g + dot(cx, sy(K.score[r]), C.blue));
    }
    const items = [{ kind: 'dot', color: C.blue, label: tr('explorer.legend_score') }];
    if (anyCi) items.push({ kind: 'whisker', color: C.black, label: tr('explorer.legend_sampling') });
    if (anyBand) items.push({ kind: 'band', color: C.orange, op: 0.35, dash: true, label: tr('explorer.legend_band') });
    const lg = legend(items, W, mt + ph + 26);
    out.chart = { w: W, h: mt + ph + 30 + lg.h, body: body + lg.body, label: tr('explorer.summary_composite', { indicator: title, city, n: ok.length }) };
    out.table = { caption: out.title,
      prefix: [['set', SETS[R.cs].id], ['composite', R.st.comp], ['city', city]],
      cols: [col('wave', 'col_wave'), col('score', 'col_score', 1), col('ci_low', 'col_lo', 1), col('ci_high', 'col_hi', 1),
        col('band_low', 'col_blo', 1), col('band_high', 'col_bhi', 1), col('year')],
      rows: ok.map((r) => ({ key: `${city}|${K.id[r]}|${K.wave[r]}`,
        cells: [tc(waveLabel(K.wave[r]), K.wave[r]), nc(K.score[r], v(K.score[r])), nc(K.lo[r], v(K.lo[r])), nc(K.hi[r], v(K.hi[r])),
          nc(K.blo[r], v(K.blo[r])), nc(K.bhi[r], v(K.bhi[r])), tc(String(K.year[r]))] })) };
    return out;
  }

  const VIEW_FN = { time: viewTime, cities: viewCities, gaps: viewGaps, index: viewIndex, composite: viewComposite };

  // ---------------------------------------------------------------- page skeleton
  const app = document.getElementById('app');
  document.documentElement.lang = D.lang || document.documentElement.lang;
  app.innerHTML =
    `<header class="top"><nav class="langs" aria-label="${esc(tr('explorer.language'))}"></nav>` +
    `<h1>${esc(tr('explorer.title'))}</h1><p class="subtitle">${esc(D.project || '')}</p>` +
    `<p class="caveat">${esc(T['read.causation'] || '')}</p></header>` +
    `<div class="tabs" role="tablist" aria-label="${esc(tr('explorer.views'))}">` +
    views.map((v) => `<button type="button" role="tab" id="tab-${v}" aria-controls="panel" aria-selected="false" tabindex="-1">${esc(tr('explorer.view_' + v))}</button>`).join('') +
    `</div><section id="panel" role="tabpanel" aria-labelledby="tab-${views[0]}">` +
    `<div class="controls" id="controls"></div><div class="view" id="view"><div class="figure"><h2 id="chart-title"></h2>` +
    `<div class="chart" id="chart"></div><div id="notes"></div></div><aside class="side" id="side"></aside></div>` +
    `<div class="exports">` + ['png', 'svg', 'csv'].map((x) => `<button type="button" data-x="${x}">${esc(tr('explorer.download_' + x))}</button>`).join('') +
    `</div><div class="table-wrap" id="table" tabindex="0" role="region" aria-labelledby="chart-title"></div></section>` +
    `<footer><p>${esc(D.source || '')}</p></footer>`;
  const $ = (id) => document.getElementById(id);
  const tip = document.createElement('div');
  tip.className = 'tip'; tip.id = 'tip'; tip.setAttribute('role', 'tooltip'); tip.hidden = true;
  document.body.appendChild(tip);

  let R = null, OUT = null, lastFrag = null, lastW = 0, lastVw = 0, lastControls = '';
  const REM = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

  /** Resolve a raw state and draw everything. */
  function render(raw) {
    const vw = $('view').clientWidth;   // read before any change: no forced layout
    R = resolve(raw);
    lastFrag = fragment(R.st);
    for (const v of views) {
      const b = $('tab-' + v), on = v === R.st.view;
      b.setAttribute('aria-selected', String(on)); b.tabIndex = on ? 0 : -1;
    }
    $('panel').setAttribute('aria-labelledby', 'tab-' + R.st.view);
    document.querySelector('.langs').innerHTML = (D.langs || []).map((l) => (l.code === D.lang
      ? `<span aria-current="true" lang="${esc(l.code)}">${esc(l.name)}</span>`
      : `<a href="../${encodeURIComponent(l.code)}/index.html#${esc(lastFrag)}" hreflang="${esc(l.code)}" lang="${esc(l.code)}">${esc(l.name)}</a>`)).join('');
    const focused = document.activeElement && document.activeElement.id;
    // Rebuild the controls only when their choices changed; otherwise only set their values.
    const html = R.ctl.map((c) => {
      let og = null, opts = '';
      for (const o of c.options) {
        const g = o.og || '';
        if (g !== og) { if (og) opts += '</optgroup>'; if (g) opts += `<optgroup label="${esc(g)}">`; og = g; }
        opts += `<option value="${esc(o.v)}">${esc(o.t)}</option>`;
      }
      if (og) opts += '</optgroup>';
      return `<div class="ctl"><label for="ctl-${c.id}">${esc(c.label)}</label><select id="ctl-${c.id}" data-key="${c.key}">${opts}</select></div>`;
    }).join('');
    if (html !== lastControls) {
      $('controls').innerHTML = lastControls = html;
      if (focused && focused.startsWith('ctl-') && $(focused)) $(focused).focus();
    }
    for (const c of R.ctl) $('ctl-' + c.id).value = c.value;
    renderView(vw);
  }

  /** The chart's width for a view box `vw` px wide: less the side panel where it stands beside. */
  function chartWidth(vw, hasSide) {
    const w = hasSide && window.matchMedia('(min-width: 900px)').matches ? vw - 18.4 * REM : vw;
    return Math.round(Math.min(1000, Math.max(300, w || 760)));
  }
  /** Draw the current view at the width its box has (`vw`, measured before the DOM changed). */
  function renderView(vw) {
    hideTip();
    const side = $('side'), chartBox = $('chart'), fn = VIEW_FN[R.st.view];
    if (vw == null) vw = $('view').clientWidth;
    const guess = R.st.view === 'time' || (R.st.view === 'cities' && R.peerRow >= 0);
    lastVw = vw; lastW = chartWidth(vw, guess);
    OUT = fn(R, lastW);
    if (!!OUT.side !== guess) { lastW = chartWidth(vw, !!OUT.side); OUT = fn(R, lastW); }
    side.innerHTML = OUT.side || ''; side.hidden = !OUT.side;
    $('view').classList.toggle('has-side', !!OUT.side);
    $('chart-title').textContent = OUT.title;
    chartBox.innerHTML = OUT.chart
      ? `<svg class="chart-svg" viewBox="0 0 ${OUT.chart.w} ${OUT.chart.h}" role="img" aria-labelledby="chart-label" font-family="${FONT}" font-size="12">` +
        `<title id="chart-label">${esc(OUT.chart.label)}</title>${OUT.chart.body}</svg>`
      : `<p class="empty">${esc(tr('explorer.no_data'))}</p>`;
    $('notes').innerHTML = (OUT.notes || []).map((n) => `<p class="table-note">${esc(n)}</p>`).join('');
    $('table').innerHTML = OUT.table ? tableHtml(OUT.table) : '';
    $('table').hidden = !OUT.table;
    document.querySelectorAll('.exports button').forEach((b) => { b.disabled = !OUT.chart; });
  }

  /** Merge changes into the state, draw at once, and record it in the fragment. */
  function setState(obj) {
    render(Object.assign({}, R.st, obj || {}));
    if (location.hash.replace(/^#/, '') !== lastFrag) location.hash = lastFrag;
  }

  // ---------------------------------------------------------------- tooltip
  function showTip(el) {
    const label = el.getAttribute('aria-label');
    if (!label) return;
    tip.innerHTML = label.split('; ').map(esc).join('<br>');
    tip.hidden = false;
    const r = el.getBoundingClientRect(), w = tip.offsetWidth, h = tip.offsetHeight;
    let x = r.left + r.width / 2 - w / 2, y = r.top - h - 8;
    x = Math.max(4, Math.min(x, document.documentElement.clientWidth - w - 4));
    if (y < 4) y = r.bottom + 8;
    tip.style.left = x + 'px'; tip.style.top = y + 'px';
  }
  function hideTip() { tip.hidden = true; }
  const chartEl = $('chart');
  chartEl.addEventListener('pointerover', (e) => { const p = e.target.closest && e.target.closest('.pt'); if (p) showTip(p); });
  chartEl.addEventListener('pointerout', (e) => { if (e.target.closest && e.target.closest('.pt')) hideTip(); });
  chartEl.addEventListener('focusin', (e) => { const p = e.target.closest && e.target.closest('.pt'); if (p) showTip(p); });
  chartEl.addEventListener('focusout', hideTip);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(); });
  window.addEventListener('scroll', hideTip, { passive: true });

  // ---------------------------------------------------------------- controls, tabs, history
  $('controls').addEventListener('change', (e) => {
    const k = e.target.getAttribute('data-key');
    if (k) setState({ [k]: e.target.value });
  });
  const tabs = document.querySelector('.tabs');
  tabs.addEventListener('click', (e) => {
    const b = e.target.closest('[role=tab]');
    if (b) setState({ view: b.id.slice(4) });
  });
  tabs.addEventListener('keydown', (e) => {
    const i = views.indexOf(R.st.view), n = views.length;
    const j = { ArrowRight: (i + 1) % n, ArrowLeft: (i + n - 1) % n, Home: 0, End: n - 1 }[e.key];
    if (j === undefined) return;
    e.preventDefault();
    setState({ view: views[j] });
    $('tab-' + views[j]).focus();
  });
  window.addEventListener('hashchange', () => {
    const raw = parseHash();
    if (fragment(resolve(raw).st) !== lastFrag) render(raw);
  });
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const vw = $('view').clientWidth;
      if (Math.abs(vw - lastVw) > 8) renderView(vw);
    }, 120);
  });

  // ---------------------------------------------------------------- exports
  /** The current chart as a standalone SVG: title, chart, n, notes and the source line. */
  function svgExport() {
    const o = VIEW_FN[R.st.view](R, EXPORT_W);
    if (!o.chart) return '';
    const W = EXPORT_W, n = Math.floor((W - 32) / 6.8);
    const head = wrap(o.title, Math.floor((W - 32) / 10.5));
    const foot = [o.nLine || ''].filter(Boolean).concat(...o.notes.map((x) => wrap(x, n)), wrap(D.source || '', n));
    const top = 16 + head.length * 20 + 6, H = top + o.chart.h + 12 + foot.length * 16 + 8;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}" font-size="12">` +
      `<title>${esc(o.chart.label)}</title><rect width="${W}" height="${H}" fill="#fff"/>` +
      head.map((l, j) => text(16, 30 + j * 20, l, 'font-size="16" font-weight="bold" fill="#1d2125"')).join('') +
      `<g transform="translate(0 ${top})">${o.chart.body.replace(/ tabindex="0"/g, '')}</g>` +
      foot.map((l, j) => text(16, top + o.chart.h + 22 + j * 16, l, 'font-size="11" fill="#444"')).join('') + '</svg>';
  }
  /** That SVG drawn at 2x on a canvas, as a PNG data URL. */
  function png() {
    return new Promise((resolveP, reject) => {
      const s = svgExport();
      if (!s) { reject(new Error('no chart')); return; }
      const m = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(s), w = +m[1], h = +m[2];
      const img = new Image();
      img.onload = () => {
        const cv = document.createElement('canvas');
        cv.width = w * 2; cv.height = h * 2;
        const cx = cv.getContext('2d');
        cx.scale(2, 2); cx.drawImage(img, 0, 0, w, h);
        try { resolveP(cv.toDataURL('image/png')); } catch (err) { reject(err); }
      };
      img.onerror = () => reject(new Error('svg image'));
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(s);
    });
  }
  const csv = () => (OUT && OUT.table ? csvOf(OUT.table) : '');
  const fileName = (ext) => ['cohesion', R.st.view, R.st.view === 'cities' ? R.st.ind : R.st.city, R.st.view === 'cities' ? R.st.period : R.st.ind]
    .join('-').normalize('NFD').replace(/[^\w-]+/g, '-').replace(/-+/g, '-').toLowerCase() + '.' + ext;
  function download(href, name) {
    const a = document.createElement('a');
    a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove();
    if (href.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(href), 10000);
  }
  document.querySelector('.exports').addEventListener('click', (e) => {
    const x = e.target.getAttribute('data-x');
    if (x === 'csv') download(URL.createObjectURL(new Blob(['\ufeff' + csv()], { type: 'text/csv;charset=utf-8' })), fileName('csv'));
    if (x === 'svg') download(URL.createObjectURL(new Blob([svgExport()], { type: 'image/svg+xml;charset=utf-8' })), fileName('svg'));
    if (x === 'png') png().then((u) => download(u, fileName('png')), () => {});
  });

  /** Hooks for tests. */
  window.cohesionExplorer = { state: () => Object.assign({}, R.st), setState, csv, svg: svgExport, png };
  render(parseHash());
})();
