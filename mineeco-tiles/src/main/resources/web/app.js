// mineeco map viewer: MapLibre GL JS over the server's own vector tiles; Chinese first, English on
// request (remembered in localStorage); view in the URL hash, filter, layers and selection in the
// query string. No internet: an optional basemap comes from `serve --basemap`.
(function () {
  'use strict';

  const TEXT = {
    zh: {
      title: '矿山生态修复图斑地图', switchTo: 'English', search: '搜索',
      searchPlaceholder: '图斑编号或行政区名称', noHits: '没有找到', patch: '图斑', region: '行政区',
      filters: '筛选', state: '恢复治理情况', status: '矿山状态', period: '拟修复时间阶段',
      zone: '所在区域', band: '距离带', priority: '修复优先序', regionFilter: '行政区', any: '全部',
      reset: '清除筛选', colourBy: '图斑着色', colourState: '按恢复治理情况', colourPriority: '按修复优先序',
      layers: '图层', downloads: '下载（当前筛选）', patchesCsv: '图斑表 CSV', patchesGeoJson: '图斑 GeoJSON',
      summaryCsv: '统计表 CSV', summaryTitle: '各区域及距离带图斑统计', chartTitle: '面积（亩）',
      label: '统计项', patches: '图斑数', mu: '面积（亩）', ha: '面积（公顷）',
      total: (n, mu) => `筛选结果：${n} 个图斑，${mu} 亩`,
      ingest: (i) => `读取 ${i.read}，接受 ${i.accepted}，修复 ${i.repaired}，拒绝 ${i.rejected}`,
      identity: '基本信息', id: '图斑编号', regionName: '行政区', area: '面积', rank: '修复优先序',
      rankOf: (r, n) => `第 ${r} 位（共 ${n} 个）`, surveyGroup: '调查属性', zonesGroup: '所在区域及距离带',
      reasonsGroup: '优先序依据', inZone: (z) => `${z}内`, distTo: (z) => `距${z}`, muUnit: '亩', haUnit: '公顷',
      json: '全部字段（JSON）', none: '不在任何区域内', from: '从', to: '到', rankShort: '第',
      legendRank: (a, b) => `第 ${a}–${b} 位`, unknownColour: '未知', corridor: '河流廊道',
      regions: '行政区', rivers: '河流', patchesLayer: '矿山图斑', buffers: '三区两线',
      failed: '地图无法启动：', year: '调查年度'
    },
    en: {
      title: 'Mine restoration patch map', switchTo: '中文', search: 'Search',
      searchPlaceholder: 'patch id or region name', noHits: 'nothing found', patch: 'patch', region: 'region',
      filters: 'Filters', state: 'Restoration state', status: 'Mine status', period: 'Planned period',
      zone: 'Zone', band: 'Band', priority: 'Priority rank', regionFilter: 'Region', any: 'any',
      reset: 'Clear filters', colourBy: 'Colour patches by', colourState: 'restoration state',
      colourPriority: 'priority', layers: 'Layers', downloads: 'Downloads (current filter)',
      patchesCsv: 'patches CSV', patchesGeoJson: 'patches GeoJSON', summaryCsv: 'summary CSV',
      summaryTitle: 'Patches by zone and band', chartTitle: 'Area (mu)',
      label: 'zone and band', patches: 'patches', mu: 'mu', ha: 'ha',
      total: (n, mu) => `Filtered: ${n} patches, ${mu} mu`,
      ingest: (i) => `read ${i.read}, accepted ${i.accepted}, repaired ${i.repaired}, rejected ${i.rejected}`,
      identity: 'Identity', id: 'Patch id', regionName: 'Region', area: 'Area', rank: 'Priority',
      rankOf: (r, n) => `${r} of ${n}`, surveyGroup: 'Survey attributes', zonesGroup: 'Zones and bands',
      reasonsGroup: 'Why this rank', inZone: (z) => `in ${z}`, distTo: (z) => `distance to ${z}`,
      muUnit: 'mu', haUnit: 'ha', json: 'all fields (JSON)', none: 'in no zone', from: 'from', to: 'to',
      rankShort: '#', legendRank: (a, b) => `rank ${a}–${b}`, unknownColour: 'unknown', corridor: 'River corridor',
      regions: 'Regions', rivers: 'Rivers', patchesLayer: 'Mine patches', buffers: 'Three zones, two lines',
      failed: 'The map could not start: ', year: 'Survey year'
    }
  };

  // Colours: patch states from the Okabe-Ito palette, priority classes from viridis (both safe for
  // colour-blind readers), corridor bands as four clearly different blues, nearest darkest.
  const STATE_COLOURS = { not_restored: '#d55e00', restored: '#009e73', unknown: '#8c8c8c' };
  const PRIORITY_COLOURS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
  const BAND_COLOURS = ['#08519c', '#3182bd', '#6baed6', '#9ecae1', '#c6dbef'];
  const ZONE_STYLE = {
    regions: { colour: '#f3efe6', line: '#8f877a', opacity: 1 },
    polygons: [
      { colour: '#e3342f', line: '#b0201c', opacity: 0.3 },
      { colour: '#e6c229', line: '#a88a10', opacity: 0.4 },
      { colour: '#a05195', line: '#7a3a71', opacity: 0.3 }
    ],
    buffers: { colour: '#b07cc6', line: '#7d4f94', opacity: 0.25 },
    rivers: { line: '#1f78b4' }
  };
  const FONT = ['Noto Sans Regular'];
  const CJK_FONTS = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

  const params = new URLSearchParams(window.location.search);
  let lang = params.get('lang') || localStorage.getItem('mineeco.lang') || 'zh';
  if (!TEXT[lang]) {
    lang = 'zh';
  }
  const state = {
    filter: readFilter(params),
    colour: params.get('colour') === 'priority' ? 'priority' : 'state',
    hidden: new Set((params.get('hide') || '').split(',').filter(Boolean)),
    corridor: params.get('corridor') || '',
    selected: params.get('sel') || '',
    year: params.get('year') || ''
  };
  let map;
  let meta = { zones: [], codes: {}, regions: [], priority_max: 1 };
  let available = new Set();
  // The survey years of an inventory map (`serve --store`): one patch layer per year, patches_<year>.
  let years = [];
  let summary = null;
  let popup = null;

  const t = (key) => TEXT[lang][key];
  const patchLayer = () => (years.length ? 'patches_' + state.year : 'patches');
  const hasPatches = () => available.has(patchLayer());
  const nf = (v, digits) => Number(v).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: digits, maximumFractionDigits: digits });
  const labelOf = (item) => (item ? item[lang] : '');

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c));
    return node;
  }

  function swatch(colour, opacity, line) {
    const s = el('span', { class: line ? 'swatch line' : 'swatch' });
    s.style.background = colour;
    s.style.opacity = opacity === undefined ? 1 : opacity;
    return s;
  }

  // ---- filter state, URL and API parameters ----

  function readFilter(p) {
    const list = (k) => (p.get(k) || '').split(',').filter(Boolean);
    return {
      state: list('state'), status: list('status'), period: list('period'),
      zone: p.get('zone') || '', band: p.get('band') || '', region: p.get('region') || '',
      priority_min: p.get('priority_min') || '', priority_max: p.get('priority_max') || ''
    };
  }

  function filterParams() {
    const p = new URLSearchParams();
    const f = state.filter;
    ['state', 'status', 'period'].forEach((k) => { if (f[k].length) p.set(k, f[k].join(',')); });
    ['zone', 'band', 'region', 'priority_min', 'priority_max'].forEach((k) => { if (f[k]) p.set(k, f[k]); });
    return p;
  }

  function writeUrl() {
    const p = filterParams();
    if (state.colour !== 'state') p.set('colour', state.colour);
    if (state.hidden.size) p.set('hide', [...state.hidden].join(','));
    if (state.corridor) p.set('corridor', state.corridor);
    if (state.selected) p.set('sel', state.selected);
    if (years.length) p.set('year', state.year);
    const query = p.toString();
    window.history.replaceState(window.history.state, '',
      window.location.pathname + (query ? '?' + query : '') + window.location.hash);
  }

  function mapFilter() {
    const f = state.filter;
    const all = ['all'];
    const oneOf = (field, values) => { if (values.length) all.push(['in', ['get', field], ['literal', values]]); };
    oneOf('restoration_state', f.state);
    oneOf('status', f.status);
    oneOf('period', f.period);
    if (f.zone) all.push(['==', ['get', 'in_' + f.zone], true]);
    if (f.band) all.push(['>', ['coalesce', ['get', f.band + '_mu'], 0], 0]);
    if (f.region) all.push(['==', ['get', 'region'], f.region]);
    if (f.priority_min) all.push(['>=', ['get', 'priority'], Number(f.priority_min)]);
    if (f.priority_max) all.push(['<=', ['get', 'priority'], Number(f.priority_max)]);
    return all;
  }

  // ---- style ----

  function priorityClasses() {
    const n = Math.max(1, meta.priority_max || 1);
    const size = Math.ceil(n / PRIORITY_COLOURS.length);
    return PRIORITY_COLOURS.map((c, i) => ({ colour: c, from: i * size + 1, to: Math.min(n, (i + 1) * size) }))
      .filter((c) => c.from <= c.to);
  }

  function patchColour() {
    if (state.colour === 'priority') {
      const classes = priorityClasses();
      const expr = ['step', ['to-number', ['get', 'priority'], 0], classes[0].colour];
      classes.slice(1).forEach((c) => expr.push(c.from, c.colour));
      return expr;
    }
    return ['match', ['get', 'restoration_state'],
      'not_restored', STATE_COLOURS.not_restored, 'restored', STATE_COLOURS.restored, STATE_COLOURS.unknown];
  }

  function polygonZones() {
    return meta.zones.filter((z) => z.kind === 'polygons' && (available.has(z.name) || available.has('zone_' + z.name)));
  }

  function corridorZones() {
    return meta.zones.filter((z) => z.kind === 'corridor' && z.bands.length);
  }

  function bandColour(zone) {
    const expr = ['match', ['get', 'd0_m']];
    zone.bands.forEach((b, i) => expr.push(b.d0_m, BAND_COLOURS[Math.min(i, BAND_COLOURS.length - 1)]));
    expr.push(BAND_COLOURS[BAND_COLOURS.length - 1]);
    return expr;
  }

  // Each toggle: id, label, swatch and the style layers it shows.
  function toggles() {
    const list = [];
    if (available.has('regions')) {
      list.push({ id: 'regions', label: t('regions'), colour: ZONE_STYLE.regions.colour, opacity: 1,
        layers: ['regions-fill', 'regions-line', 'labels-region'] });
    }
    if (available.has('corridors') && corridorZones().length) {
      list.push({ id: 'corridors', label: t('corridor'), colour: BAND_COLOURS[0], opacity: 0.35,
        layers: ['corridors-fill'] });
    }
    polygonZones().forEach((z, i) => {
      const s = ZONE_STYLE.polygons[i % ZONE_STYLE.polygons.length];
      const layer = available.has(z.name) ? z.name : 'zone_' + z.name;
      list.push({ id: layer, label: labelOf(z), colour: s.colour, opacity: s.opacity, style: s,
        layers: [layer + '-fill', layer + '-line'] });
    });
    if (available.has('three_zones_two_lines')) {
      list.push({ id: 'three_zones_two_lines', label: t('buffers'), colour: ZONE_STYLE.buffers.colour,
        opacity: ZONE_STYLE.buffers.opacity, style: ZONE_STYLE.buffers,
        layers: ['three_zones_two_lines-fill', 'three_zones_two_lines-line'] });
    }
    if (available.has('rivers')) {
      list.push({ id: 'rivers', label: t('rivers'), colour: ZONE_STYLE.rivers.line, opacity: 1, line: true,
        layers: ['rivers-line', 'rivers-label'] });
    }
    if (hasPatches()) {
      list.push({ id: 'patches', label: t('patchesLayer'), colour: STATE_COLOURS.not_restored, opacity: 0.9,
        layers: ['patches-fill', 'patches-line', 'patches-selected-casing', 'patches-selected'] });
    }
    return list;
  }

  function styleLayers(basemap) {
    const layers = [{ id: 'background', type: 'background', paint: { 'background-color': '#e4ecf0' } }];
    if (basemap) {
      layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
    }
    const vector = (id, type, sourceLayer, paint, extra) =>
      Object.assign({ id, type, source: 'mineeco', 'source-layer': sourceLayer, paint }, extra || {});
    if (available.has('regions')) {
      layers.push(vector('regions-fill', 'fill', 'regions',
        { 'fill-color': ZONE_STYLE.regions.colour, 'fill-opacity': basemap ? 0.35 : 1 }));
      layers.push(vector('regions-line', 'line', 'regions',
        { 'line-color': ZONE_STYLE.regions.line, 'line-width': 1.2, 'line-dasharray': [3, 2] }));
    }
    const corridor = corridorZones().find((z) => z.name === state.corridor) || corridorZones()[0];
    if (available.has('corridors') && corridor) {
      state.corridor = corridor.name;
      layers.push(vector('corridors-fill', 'fill', 'corridors',
        { 'fill-color': bandColour(corridor), 'fill-opacity': 0.35 },
        { filter: ['==', ['get', 'zone'], corridor.name] }));
    }
    polygonZones().forEach((z, i) => {
      const s = ZONE_STYLE.polygons[i % ZONE_STYLE.polygons.length];
      const layer = available.has(z.name) ? z.name : 'zone_' + z.name;
      layers.push(vector(layer + '-fill', 'fill', layer, { 'fill-color': s.colour, 'fill-opacity': s.opacity }));
      layers.push(vector(layer + '-line', 'line', layer, { 'line-color': s.line, 'line-width': 0.6 }));
    });
    if (available.has('three_zones_two_lines')) {
      const s = ZONE_STYLE.buffers;
      layers.push(vector('three_zones_two_lines-fill', 'fill', 'three_zones_two_lines',
        { 'fill-color': s.colour, 'fill-opacity': s.opacity }));
      layers.push(vector('three_zones_two_lines-line', 'line', 'three_zones_two_lines',
        { 'line-color': s.line, 'line-width': 0.5 }));
    }
    if (available.has('rivers')) {
      layers.push(vector('rivers-line', 'line', 'rivers', { 'line-color': ZONE_STYLE.rivers.line,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 12, 3] }));
    }
    if (hasPatches()) {
      layers.push(vector('patches-fill', 'fill', patchLayer(), { 'fill-color': patchColour(), 'fill-opacity': 0.9 },
        { filter: mapFilter() }));
      layers.push(vector('patches-line', 'line', patchLayer(), { 'line-color': '#333',
        'line-width': 0.5, 'line-opacity': ['interpolate', ['linear'], ['zoom'], 10, 0, 12, 0.8] },
      { filter: mapFilter() }));
      const selected = ['==', ['get', 'id'], state.selected];
      layers.push(vector('patches-selected-casing', 'line', patchLayer(), { 'line-color': '#000', 'line-width': 6 },
        { filter: selected }));
      layers.push(vector('patches-selected', 'line', patchLayer(), { 'line-color': '#00e5ff', 'line-width': 3 },
        { filter: selected }));
    }
    if (available.has('rivers')) {
      layers.push(vector('rivers-label', 'symbol', 'rivers', {
        'text-color': '#1f5f99', 'text-halo-color': '#fff', 'text-halo-width': 1.5 }, {
        filter: ['has', 'name'],
        layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': FONT,
          'text-size': 12, 'symbol-spacing': 300 } }));
    }
    if (available.has('labels')) {
      layers.push(vector('labels-region', 'symbol', 'labels', {
        'text-color': '#3d3a35', 'text-halo-color': '#fff', 'text-halo-width': 1.5 }, {
        filter: ['==', ['get', 'kind'], 'region'],
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 10, 16] } }));
    }
    return layers;
  }

  function applyVisibility() {
    toggles().forEach((tg) => tg.layers.forEach((id) => {
      if (map.getLayer(id)) {
        map.setLayoutProperty(id, 'visibility', state.hidden.has(tg.id) ? 'none' : 'visible');
      }
    }));
  }

  // ---- panel ----

  function applyText() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title') + ' — mineeco';
    document.querySelectorAll('[data-t]').forEach((n) => { n.textContent = t(n.dataset.t); });
    document.querySelectorAll('[data-t-placeholder]').forEach((n) => { n.placeholder = t(n.dataset.tPlaceholder); });
    document.getElementById('lang').textContent = t('switchTo');
  }

  function checks(name, codes) {
    const box = el('div', { class: 'checks' });
    (codes || []).forEach((c) => {
      const input = el('input', { type: 'checkbox', name, value: c.key });
      input.checked = state.filter[name].includes(c.key);
      input.addEventListener('change', () => {
        state.filter[name] = [...box.querySelectorAll('input:checked')].map((i) => i.value);
        filterChanged();
      });
      box.append(el('label', {}, input, ' ' + c[lang]));
    });
    return box;
  }

  function select(name, options) {
    const s = el('select', { name });
    s.append(el('option', { value: '' }, t('any')));
    options.forEach((o) => s.append(el('option', { value: o.value }, o.label)));
    s.value = state.filter[name];
    s.addEventListener('change', () => { state.filter[name] = s.value; filterChanged(); });
    return s;
  }

  function buildFilters() {
    const box = document.getElementById('filters');
    box.replaceChildren();
    box.append(el('h3', {}, t('state')), checks('state', meta.codes.state));
    box.append(el('h3', {}, t('status')), checks('status', meta.codes.status));
    box.append(el('h3', {}, t('period')), checks('period', meta.codes.period));
    const zones = meta.zones.map((z) => ({ value: z.name, label: labelOf(z) }));
    const bands = [];
    corridorZones().forEach((z) => z.bands.forEach((b) => bands.push({ value: b.key, label: labelOf(z) + ' ' + labelOf(b) })));
    const regions = meta.regions.map((r) => ({ value: r.id, label: r.name + ' ' + r.id }));
    box.append(el('div', { class: 'row' }, el('span', {}, t('zone')), select('zone', zones)));
    box.append(el('div', { class: 'row' }, el('span', {}, t('band')), select('band', bands)));
    box.append(el('div', { class: 'row' }, el('span', {}, t('regionFilter')), select('region', regions)));
    const rank = (name) => {
      const input = el('input', { type: 'number', min: '1', max: String(meta.priority_max || 1), name });
      input.value = state.filter[name];
      input.addEventListener('change', () => { state.filter[name] = input.value; filterChanged(); });
      return input;
    };
    box.append(el('div', { class: 'row' }, el('span', {}, t('priority')), rank('priority_min'), '–', rank('priority_max')));
    const reset = el('button', { type: 'button', id: 'reset' }, t('reset'));
    reset.addEventListener('click', () => { state.filter = readFilter(new URLSearchParams()); buildFilters(); filterChanged(); });
    box.append(reset);
  }

  function buildLayers() {
    const box = document.getElementById('layers');
    box.replaceChildren();
    toggles().forEach((tg) => {
      const input = el('input', { type: 'checkbox', 'data-layer': tg.id });
      input.checked = !state.hidden.has(tg.id);
      input.addEventListener('change', () => {
        if (input.checked) state.hidden.delete(tg.id); else state.hidden.add(tg.id);
        applyVisibility();
        writeUrl();
      });
      box.append(el('label', {}, input, ' ', swatch(tg.colour, tg.opacity, tg.line), tg.label));
    });
    const bands = document.getElementById('band-legend');
    bands.replaceChildren();
    const corridors = corridorZones();
    if (!available.has('corridors') || !corridors.length) return;
    const choose = el('select', { id: 'corridor' });
    corridors.forEach((z) => choose.append(el('option', { value: z.name }, labelOf(z))));
    choose.value = state.corridor;
    choose.addEventListener('change', () => {
      state.corridor = choose.value;
      const zone = corridors.find((z) => z.name === state.corridor);
      map.setFilter('corridors-fill', ['==', ['get', 'zone'], zone.name]);
      map.setPaintProperty('corridors-fill', 'fill-color', bandColour(zone));
      buildLayers();
      writeUrl();
    });
    bands.append(el('div', { class: 'row' }, el('span', {}, t('corridor')), choose));
    const zone = corridors.find((z) => z.name === state.corridor) || corridors[0];
    zone.bands.forEach((b, i) => bands.append(el('div', {},
      swatch(BAND_COLOURS[Math.min(i, BAND_COLOURS.length - 1)], 0.35), labelOf(b))));
  }

  function showPatchLegend() {
    const legend = document.getElementById('patch-legend');
    legend.replaceChildren();
    if (state.colour === 'priority') {
      priorityClasses().forEach((c) => legend.append(el('div', {}, swatch(c.colour, 0.9), t('legendRank')(c.from, c.to))));
    } else {
      (meta.codes.state || []).forEach((c) => legend.append(el('div', {}, swatch(STATE_COLOURS[c.key], 0.9), c[lang])));
    }
  }

  function summaryTable(rows) {
    const table = el('table', { id: 'summary-table' },
      el('tr', {}, ...['label', 'patches', 'mu', 'ha'].map((c) => el('th', {}, t(c)))));
    rows.forEach((r) => {
      table.append(el('tr', { class: r.band ? 'band' : '' },
        el('td', {}, r.band ? (r['label_' + lang] || r.label).split(' ').slice(-2).join(' ') : (r['label_' + lang] || r.label)),
        el('td', {}, nf(r.patches, 0)), el('td', {}, nf(r.mu, 1)), el('td', {}, nf(r.ha, 2))));
    });
    return table;
  }

  function barChart(rows) {
    const ns = 'http://www.w3.org/2000/svg';
    const width = 330;
    const bar = 12;
    const step = 32;
    const max = Math.max(...rows.map((r) => r.mu), 1e-9);
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', width);
    svg.setAttribute('height', rows.length * step + 22);
    const text = (x, y, s, anchor) => {
      const n = document.createElementNS(ns, 'text');
      n.setAttribute('x', x);
      n.setAttribute('y', y);
      if (anchor) n.setAttribute('text-anchor', anchor);
      n.textContent = s;
      return n;
    };
    const title = text(0, 13, t('chartTitle'));
    title.setAttribute('font-weight', 'bold');
    svg.append(title);
    rows.forEach((r, i) => {
      const y = 22 + i * step;
      const w = ((width - 70) * r.mu) / max;
      const rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('x', 0);
      rect.setAttribute('y', y + 15);
      rect.setAttribute('height', bar);
      rect.setAttribute('width', Math.max(w, 1));
      rect.setAttribute('fill', '#3b528b');
      svg.append(text(0, y + 11, r['label_' + lang] || r.label), rect, text(w + 4, y + 25, nf(r.mu, 0)));
    });
    return svg;
  }

  async function loadSummary() {
    const response = await fetch('api/summary?' + filterParams().toString());
    summary = await response.json();
    if (!response.ok) {
      document.getElementById('summary').replaceChildren(el('p', { class: 'muted' }, summary.error || ''));
      return;
    }
    renderSummary();
  }

  function renderSummary() {
    document.getElementById('summary-title').textContent = t('summaryTitle');
    const box = document.getElementById('summary');
    box.replaceChildren();
    const rows = Array.isArray(summary && summary.rows) ? summary.rows : [];
    if (!rows.length) return;
    const total = summary.total || rows[0];
    document.getElementById('filter-total').textContent = t('total')(nf(total.patches, 0), nf(total.mu, 1));
    if (summary.ingest) box.append(el('p', { class: 'muted' }, t('ingest')(summary.ingest)));
    box.append(summaryTable(rows));
    const zoneRows = rows.filter((r) => r.zone !== 'all patches' && !r.band);
    document.getElementById('chart').replaceChildren(barChart(zoneRows));
  }

  function renderDownloads() {
    const box = document.getElementById('downloads');
    box.replaceChildren();
    const p = filterParams();
    p.set('lang', lang);
    [['patches.csv', 'patchesCsv'], ['patches.geojson', 'patchesGeoJson'], ['summary.csv', 'summaryCsv']].forEach(([file, key]) => {
      box.append(el('a', { href: 'api/' + file + '?' + p.toString(), download: file, id: 'download-' + file.replace('.', '-') }, t(key)));
    });
  }

  function filterChanged() {
    if (map.getLayer('patches-fill')) {
      map.setFilter('patches-fill', mapFilter());
      map.setFilter('patches-line', mapFilter());
    }
    renderDownloads();
    writeUrl();
    loadSummary().catch(() => {});
  }

  // ---- popup ----

  function rowsTable(rows) {
    const table = el('table');
    rows.forEach(([k, v]) => table.append(el('tr', {}, el('th', {}, k), el('td', {}, v))));
    return table;
  }

  function popupContent(d) {
    const mu = (m2) => nf((m2 * 3) / 2000, 2) + ' ' + t('muUnit');
    const box = el('div', { class: 'popup' });
    box.append(el('h3', {}, t('identity')), rowsTable([
      [t('id'), d.id],
      [t('regionName'), (d.region_name || '') + (d.region ? ' (' + d.region + ')' : '')],
      [t('area'), nf(d.area_mu, 2) + ' ' + t('muUnit') + ' / ' + nf(d.area_ha, 2) + ' ' + t('haUnit')],
      [t('rank'), t('rankOf')(nf(d.priority, 0), nf(meta.priority_max, 0))]
    ]));
    const survey = (d.survey || []).map((s) => [s[lang],
      s['value_' + lang] + (s.code && s.field !== 'TBMJ' ? ' (' + s.code + ')' : '')]);
    if (survey.length) box.append(el('h3', {}, t('surveyGroup')), rowsTable(survey));
    const zones = [];
    meta.zones.forEach((z) => {
      if (z.kind === 'corridor') {
        z.bands.forEach((b) => {
          const m2 = d[b.key + '_m2'];
          if (m2 > 0) zones.push([t('inZone')(labelOf(z) + ' ' + labelOf(b)), mu(m2)]);
        });
        const dist = d[z.distance];
        if (typeof dist === 'number') zones.push([t('distTo')(labelOf(z)), nf(dist / 1000, 1) + ' km']);
      } else {
        const m2 = d[z.name + '_m2'];
        if (m2 > 0) zones.push([t('inZone')(labelOf(z)), mu(m2)]);
      }
    });
    box.append(el('h3', {}, t('zonesGroup')), zones.length ? rowsTable(zones) : el('p', { class: 'muted' }, t('none')));
    if (d.reasons && d.reasons.length) {
      box.append(el('h3', {}, t('reasonsGroup')), el('ol', {}, ...d.reasons.map((r) => el('li', {}, r[lang]))));
    }
    box.append(el('a', { class: 'api', href: 'api/patches/' + encodeURIComponent(d.id), target: '_blank' }, t('json')));
    return box;
  }

  async function selectPatch(id, lngLat) {
    const r = await fetch('api/patches/' + encodeURIComponent(id));
    if (!r.ok) return;
    const d = await r.json();
    state.selected = id;
    if (map.getLayer('patches-selected')) {
      ['patches-selected', 'patches-selected-casing'].forEach((l) => map.setFilter(l, ['==', ['get', 'id'], id]));
    }
    writeUrl();
    if (popup) popup.remove();
    const at = lngLat || [(d.bounds[0] + d.bounds[2]) / 2, (d.bounds[1] + d.bounds[3]) / 2];
    const point = map.project(at);
    const size = map.getContainer().getBoundingClientRect();
    const side = point.x < size.width / 3 ? '-left' : point.x > (2 * size.width) / 3 ? '-right' : '';
    const anchor = (point.y < size.height / 2 ? 'top' : 'bottom') + side;
    popup = new maplibregl.Popup({ maxWidth: 'none', focusAfterOpen: false, anchor })
      .setLngLat(at).setDOMContent(popupContent(d)).addTo(map);
    keepInView(popup.getElement());
    popup.on('close', () => {
      if (state.selected === id) {
        state.selected = '';
        ['patches-selected', 'patches-selected-casing'].forEach((l) => map.getLayer(l) && map.setFilter(l, ['==', ['get', 'id'], '']));
        writeUrl();
      }
    });
  }

  // Pans the map so that the whole popup lies inside it, with a margin.
  function keepInView(element) {
    const outer = map.getContainer().getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const margin = 10;
    let dx = 0;
    let dy = 0;
    if (box.top < outer.top + margin) dy = box.top - outer.top - margin;
    else if (box.bottom > outer.bottom - margin) dy = box.bottom - outer.bottom + margin;
    if (box.left < outer.left + margin) dx = box.left - outer.left - margin;
    else if (box.right > outer.right - margin) dx = box.right - outer.right + margin;
    if (dx || dy) map.panBy([dx, dy], { duration: 0 });
  }

  // ---- search ----

  async function search(query) {
    const list = document.getElementById('search-results');
    list.replaceChildren();
    if (!query.trim()) return;
    const r = await fetch('api/search?q=' + encodeURIComponent(query.trim()));
    const body = await r.json();
    const hits = r.ok ? body.results : [];
    if (!hits.length) {
      list.append(el('li', { class: 'muted' }, r.ok ? t('noHits') : body.error));
      return;
    }
    hits.forEach((h) => {
      const item = el('li', { 'data-kind': h.kind, 'data-id': h.id },
        el('span', { class: 'kind' }, t(h.kind)), h.id + (h.name ? ' ' + h.name : ''));
      item.addEventListener('click', () => go(h));
      list.append(item);
    });
    if (hits.length === 1 || (hits[0].kind === 'patch' && hits[0].id === query.trim())) go(hits[0]);
  }

  function go(hit) {
    const b = hit.bounds;
    map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 60, maxZoom: hit.kind === 'patch' ? 15 : 11, duration: 0 });
    if (hit.kind === 'patch') {
      map.once('idle', () => selectPatch(hit.id));
    }
  }

  // ---- print / export: the server draws the sheet (api/sheet.pdf|png) of the view and filter ----

  function setupPrint() {
    const words = {
      zh: { heading: '打印/导出', theme: '专题', size: '纸张', format: '格式', button: '打印/导出',
        themes: { state: '问题图（恢复治理情况）', period: '规划图（拟修复时间阶段）', priority: '规划图（修复优先次序）',
          zones: '管控区域叠加图' } },
      en: { heading: 'Print / export', theme: 'Theme', size: 'Paper', format: 'Format', button: 'Print / export',
        themes: { state: 'problems (restoration state)', period: 'plan (planned period)', priority: 'plan (priority)',
          zones: 'controlled zones' } }
    };
    const box = document.getElementById('print');
    document.getElementById('print-section').hidden = false;
    const choice = { theme: state.colour === 'priority' ? 'priority' : 'state', size: 'A4', format: 'pdf' };
    const link = el('a', { id: 'print-link', download: '' });
    const href = () => {
      const b = map.getBounds();
      const p = filterParams();
      p.set('bbox', [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(','));
      p.set('theme', choice.theme);
      p.set('size', choice.size);
      p.set('lang', lang);
      link.href = 'api/sheet.' + choice.format + '?' + p.toString();
      link.setAttribute('download', 'map.' + choice.format);
    };
    const pick = (name, values, label) => {
      const s = el('select', { name: 'print-' + name });
      values.forEach((v) => s.append(el('option', { value: v }, label(v))));
      s.value = choice[name];
      s.addEventListener('change', () => { choice[name] = s.value; href(); });
      return s;
    };
    const render = () => {
      const w = words[lang] || words.zh;
      document.getElementById('print-heading').textContent = w.heading;
      box.replaceChildren(
        el('div', { class: 'row' }, el('span', {}, w.theme), pick('theme', Object.keys(w.themes), (v) => w.themes[v])),
        el('div', { class: 'row' }, el('span', {}, w.size), pick('size', ['A4', 'A3', 'A0'], (v) => v)),
        el('div', { class: 'row' }, el('span', {}, w.format), pick('format', ['pdf', 'png'], (v) => v.toUpperCase())),
        link);
      link.textContent = w.button;
      href();
    };
    ['click', 'focus', 'mouseenter'].forEach((e) => link.addEventListener(e, href));
    map.on('moveend', href);
    document.getElementById('lang').addEventListener('click', render);
    render();
  }

  // ---- start ----

  function setLanguage(next) {
    lang = next;
    localStorage.setItem('mineeco.lang', lang);
    applyText();
    buildFilters();
    buildLayers();
    showPatchLegend();
    renderSummary();
    renderDownloads();
    if (popup && popup.isOpen() && state.selected) selectPatch(state.selected);
  }

  // The year switch of an inventory map: another year reloads the page with it in the URL.
  function buildYearSwitch() {
    const select = document.getElementById('year');
    years.forEach((y) => select.append(el('option', { value: y }, y)));
    select.value = state.year;
    select.addEventListener('change', () => {
      state.year = select.value;
      state.selected = '';
      writeUrl();
      window.location.reload();
    });
    document.getElementById('year-section').hidden = false;
  }

  async function start() {
    const tileJson = await (await fetch('all')).json();
    available = new Set(tileJson.vector_layers.map((l) => l.id));
    years = [...available].map((id) => /^patches_(\d{4})$/.exec(id)).filter(Boolean).map((m) => m[1]).sort();
    if (years.length) {
      if (!years.includes(state.year)) state.year = years[years.length - 1];
      buildYearSwitch();
    }
    const m = await fetch('api/meta');
    const metaBody = m.ok ? await m.json() : {};
    if (metaBody.zones) meta = metaBody;
    applyText();
    // TileJSON's tile URLs are relative to it (never built from the Host header): resolved as
    // text, since URL() would encode the {z}/{x}/{y} placeholders.
    const tileBase = new URL('./', new URL('all', window.location.href)).href;
    const sources = { mineeco: { type: 'vector',
      tiles: tileJson.tiles.map((u) => (/^[a-z][a-z0-9+.-]*:/i.test(u) ? u : tileBase + u)),
      minzoom: tileJson.minzoom, maxzoom: tileJson.maxzoom, bounds: tileJson.bounds,
      attribution: '© mineeco · MapLibre' } };
    const basemap = metaBody.basemap;
    if (basemap && basemap.includes('{z}')) {
      sources.basemap = { type: 'raster', tiles: [basemap], tileSize: 256,
        attribution: new URL(basemap).host };
    }
    const glyphs = window.location.origin + window.location.pathname.replace(/[^/]*$/, '') + 'fonts/{fontstack}/{range}.pbf';
    let style = { version: 8, glyphs, sources, layers: styleLayers(sources.basemap) };
    if (basemap && !basemap.includes('{z}')) {
      try {
        const base = await (await fetch(basemap)).json();
        style = Object.assign({}, base, { sources: Object.assign({}, base.sources, sources),
          layers: base.layers.concat(styleLayers(null).slice(1)), glyphs });
      } catch (e) {
        // offline or not a style: the map stays on its own layers
      }
    }
    map = new maplibregl.Map({
      container: 'map', style, hash: 'map', localIdeographFontFamily: CJK_FONTS,
      bounds: [[tileJson.bounds[0], tileJson.bounds[1]], [tileJson.bounds[2], tileJson.bounds[3]]],
      fitBoundsOptions: { padding: 20 }, attributionControl: { compact: false }
    });
    window.mineecoMap = map;
    map.addControl(new maplibregl.NavigationControl(), 'top-left');
    map.addControl(new maplibregl.ScaleControl(), 'bottom-left');
    buildFilters();
    buildLayers();
    showPatchLegend();
    renderDownloads();
    document.getElementById('lang').addEventListener('click', () => setLanguage(lang === 'zh' ? 'en' : 'zh'));
    if (hasPatches() && !years.length) setupPrint();
    document.getElementById('search').addEventListener('submit', (e) => {
      e.preventDefault();
      search(document.getElementById('search-input').value).catch(() => {});
    });
    document.querySelectorAll('input[name=colour]').forEach((input) => {
      input.checked = input.value === state.colour;
      input.addEventListener('change', () => {
        state.colour = input.value;
        if (map.getLayer('patches-fill')) map.setPaintProperty('patches-fill', 'fill-color', patchColour());
        showPatchLegend();
        writeUrl();
      });
    });
    map.on('load', () => applyVisibility());
    if (hasPatches()) {
      map.on('click', 'patches-fill', (e) => selectPatch(String(e.features[0].properties.id), e.lngLat));
      map.on('mouseenter', 'patches-fill', () => { map.getCanvas().style.cursor = 'pointer'; });
      map.on('mouseleave', 'patches-fill', () => { map.getCanvas().style.cursor = ''; });
    }
    await loadSummary().catch(() => {});
    map.once('idle', () => {
      if (state.selected) selectPatch(state.selected);
      window.mineecoReady = true;
    });
  }

  start().catch((e) => {
    document.getElementById('summary').textContent = TEXT[lang].failed + e;
  });
})();
