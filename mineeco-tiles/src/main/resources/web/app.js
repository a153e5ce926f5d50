// mineeco map viewer: MapLibre GL JS over the server's own vector tiles; Chinese first, English on
// request (remembered in localStorage); view in the URL hash, filter, layers and selection in the
// query string. No internet: an optional basemap comes from `serve --basemap`.
(function () {
  'use strict';

  // The viewer's own words. Category labels (zones, bands, codes, filter names) come from /api/meta.
  const TEXT = {
    zh: {
      title: '矿山生态修复图斑地图', switchTo: 'English', search: '搜索',
      searchPlaceholder: '图斑编号或行政区名称', noHits: '没有找到', patch: '图斑', patchTitle: '图斑', region: '行政区',
      filters: '筛选', any: '全部', reset: '清除筛选', colourBy: '图斑着色', colourState: '按恢复治理情况',
      colourPriority: '按修复优先序', layers: '图层', downloads: '下载（当前筛选）', patchesCsv: '图斑表 CSV',
      patchesGeoJson: '图斑 GeoJSON', summaryCsv: '统计表 CSV', summaryTitle: '各区域及距离带图斑统计',
      chartTitle: '面积（亩）', label: '统计项', patches: '图斑数', mu: '面积（亩）', ha: '面积（公顷）',
      total: (n, mu) => `筛选结果：${n} 个图斑，${mu} 亩`,
      ingest: (i) => `读取 ${i.read}，接受 ${i.accepted}，修复 ${i.repaired}，拒绝 ${i.rejected}`,
      regionName: '行政区', area: '面积', rank: '修复优先序', rankOf: (r, n) => `第 ${r} 位（共 ${n} 个）`,
      rankAt: (r) => `第 ${r} 位`, surveyGroup: '调查属性', zonesGroup: '所在区域及距离带',
      reasonsGroup: '优先序依据', inZone: (z) => `${z}内`, inBand: (b, mu) => `${b}内 ${mu}`,
      distance: (km) => `距 ${km} km`, muUnit: '亩', haUnit: '公顷', json: '全部字段（JSON）',
      none: '不在任何区域内', legendRank: (a, b) => `第 ${a}–${b} 位`, corridor: '河流廊道',
      regions: '行政区', rivers: '河流', patchesLayer: '矿山图斑', buffers: '三区两线', failed: '地图无法启动：',
      year: '调查年度', codesGroup: '修复优先序及分类',
      tilesOnly: '本服务只提供地图瓦片（PMTiles 文件或调查库；调查库另有图斑的台账和历史），没有分析结果：统计表、搜索、下载和图斑的调查属性、距离及优先序依据需用 serve --spec 启动后才有。',
      popupTilesOnly: '调查属性、距离和优先序依据需用 serve --spec 启动。',
      ledgerGroup: '台账', party: '责任主体', responsibility: '责任类型', task: '治理任务', fundingSource: '资金来源',
      funds: '资金（万元）', deadline: '治理时限', plan: '方案编号', overdue: '逾期', overdueAsOf: (d) => `截至 ${d} 已逾期`,
      noLedger: '暂无台账', historyGroup: '历史', surveyYear: (y) => `${y} 年调查`, delisted: '销号',
      delisting: (date, doc) => `${date}，${doc}`, forced: '（强制）', check: (date) => `抽查 ${date}`,
      empty: '—', registerLoading: '正在读取台账和历史……', registerFailed: '台账和历史读取失败：'
    },
    en: {
      title: 'Mine restoration patch map', switchTo: '中文', search: 'Search',
      searchPlaceholder: 'patch id or region name', noHits: 'nothing found', patch: 'patch', patchTitle: 'Patch',
      region: 'region',
      filters: 'Filters', any: 'any', reset: 'Clear filters', colourBy: 'Colour patches by',
      colourState: 'restoration state', colourPriority: 'priority', layers: 'Layers',
      downloads: 'Downloads (current filter)', patchesCsv: 'patches CSV', patchesGeoJson: 'patches GeoJSON',
      summaryCsv: 'summary CSV', summaryTitle: 'Patches by zone and band', chartTitle: 'Area (mu)',
      label: 'zone and band', patches: 'patches', mu: 'mu', ha: 'ha',
      total: (n, mu) => `Filtered: ${n} patches, ${mu} mu`,
      ingest: (i) => `read ${i.read}, accepted ${i.accepted}, repaired ${i.repaired}, rejected ${i.rejected}`,
      regionName: 'Region', area: 'Area', rank: 'Priority', rankOf: (r, n) => `${r} of ${n}`,
      rankAt: (r) => `rank ${r}`, surveyGroup: 'Survey attributes', zonesGroup: 'Zones and bands',
      reasonsGroup: 'Why this rank', inZone: (z) => `in ${z}`, inBand: (b, mu) => `${mu} in ${b}`,
      distance: (km) => `${km} km away`, muUnit: 'mu', haUnit: 'ha', json: 'all fields (JSON)',
      none: 'in no zone', legendRank: (a, b) => `rank ${a}–${b}`, corridor: 'River corridor',
      regions: 'Regions', rivers: 'Rivers', patchesLayer: 'Mine patches', buffers: 'Three zones, two lines',
      failed: 'The map could not start: ', year: 'Survey year', codesGroup: 'Rank and classes',
      tilesOnly: 'This server only serves map tiles (a PMTiles file or a survey inventory, with each patch\'s'
        + ' ledger and history from an inventory), no analysis:'
        + ' the summary, search, downloads and a patch\'s survey attributes, distances and rank reasons'
        + ' need serve --spec.',
      popupTilesOnly: 'Survey attributes, distances and rank reasons need serve --spec.',
      ledgerGroup: 'Ledger', party: 'Responsible party', responsibility: 'Responsibility', task: 'Task',
      fundingSource: 'Funding source', funds: 'Funds (10,000 yuan)', deadline: 'Deadline', plan: 'Plan no.',
      overdue: 'Overdue', overdueAsOf: (d) => `overdue as of ${d}`, noLedger: 'No ledger entry',
      historyGroup: 'History', surveyYear: (y) => `${y} survey`, delisted: 'Delisted',
      delisting: (date, doc) => `${date}, ${doc}`, forced: ' (forced)', check: (date) => `Spot check ${date}`,
      empty: '—', registerLoading: 'Reading the ledger and history…',
      registerFailed: 'The ledger and history could not be read: '
    }
  };

  // Colours: patch states from the Okabe-Ito palette, priority classes from viridis (both safe for
  // colour-blind readers). Corridor bands: one dark-to-light blue ramp (#08306b to #9ecae1,
  // interpolated in CIELAB) cut into as many steps as the corridor has bands, nearest darkest; at
  // the drawn opacity over the region fill, for up to four bands any two of them, and each and the
  // region fill, differ by CIE76 ΔE >= 11, also under simulated protanopia, deuteranopia and
  // tritanopia.
  const STATE_COLOURS = { not_restored: '#d55e00', restored: '#009e73', unknown: '#8c8c8c' };
  const PRIORITY_COLOURS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
  const BAND_RAMPS = [
    ['#5a78a5'],
    ['#08306b', '#9ecae1'],
    ['#08306b', '#5a78a5', '#9ecae1'],
    ['#08306b', '#435f91', '#7193b8', '#9ecae1'],
    ['#08306b', '#375387', '#5a78a5', '#7ca0c2', '#9ecae1'],
    ['#08306b', '#304c82', '#4d6999', '#6888b0', '#83a8c9', '#9ecae1']
  ];
  const BAND_OPACITY = 0.6;
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
  // Below this zoom a region's name stands at one point inside it; from it on, at a point inside each
  // tile's piece of the region, so that a name is in view however far one zooms in.
  const REGION_LABEL_POINTS_BELOW = 10;
  const FONT = ['Noto Sans Regular'];
  const CJK_FONTS = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";
  const BASE_LAYERS = ['regions', 'labels', 'corridors', 'three_zones_two_lines', 'rivers'];

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
  // /api/meta: the labels of zones, bands, codes, filters and regions; `analysis` says whether the
  // server holds the analysis behind the summary, search, downloads and patch details; `register`
  // whether it serves each patch's ledger and history (an inventory map).
  let meta = { zones: [], codes: {}, regions: [], filters: {}, priority_max: 1, analysis: false, register: false };
  let available = new Set();
  let dataBounds = null;
  // The survey years of an inventory map (`serve --store`): one patch layer per year, patches_<year>.
  let years = [];
  let summary = null;
  let popup = null;
  let popupPatch = null;
  let searched = null;

  const t = (key) => TEXT[lang][key];
  const patchLayer = () => (years.length ? 'patches_' + state.year : 'patches');
  const hasPatches = () => available.has(patchLayer());
  const hasLabels = () => Boolean(meta.codes && meta.codes.state && meta.filters && meta.filters.state);
  const nf = (v, digits) => Number(v).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: digits, maximumFractionDigits: digits });
  const labelOf = (item) => (item ? item[lang] : '');
  const filterName = (key) => labelOf(meta.filters[key]);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c));
    return node;
  }

  // A legend swatch as the map draws it: the colour at its opacity over the region fill.
  function swatch(colour, opacity, line) {
    const s = el('span', { class: line ? 'swatch line' : 'swatch' });
    const a = opacity === undefined ? 1 : opacity;
    const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    const layer = `rgba(${rgb.join(', ')}, ${a})`;
    s.style.background = line ? colour : `linear-gradient(${layer}, ${layer}), ${ZONE_STYLE.regions.colour}`;
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

  // The tile layer of a polygon zone: its name, or zone_<name> when the name is taken.
  const zoneLayer = (z) => (available.has(z.name) ? z.name : 'zone_' + z.name);

  function polygonZones() {
    return meta.zones.filter((z) => z.kind === 'polygons' && (available.has(z.name) || available.has('zone_' + z.name)));
  }

  function corridorZones() {
    return meta.zones.filter((z) => z.kind === 'corridor' && z.bands.length);
  }

  // Polygon layers to draw: the zones the labels name, then any other layer the tiles hold (an archive
  // made elsewhere), under its own name.
  function polygonLayers() {
    const layers = polygonZones().map((z) => ({ layer: zoneLayer(z), label: labelOf(z) }));
    const known = new Set([...BASE_LAYERS, ...layers.map((l) => l.layer)]);
    [...available].filter((id) => !known.has(id) && !/^patches(_\d{4})?$/.test(id))
      .forEach((id) => layers.push({ layer: id, label: id }));
    return layers.map((l, i) => Object.assign(l, { style: ZONE_STYLE.polygons[i % ZONE_STYLE.polygons.length] }));
  }

  function bandColours(zone) {
    const ramp = BAND_RAMPS[Math.min(zone.bands.length, BAND_RAMPS.length) - 1];
    // More bands than the longest ramp: neighbours share the nearest step.
    return zone.bands.map((b, i) => ramp[Math.round((i * (ramp.length - 1)) / Math.max(1, zone.bands.length - 1))]);
  }

  function bandColour(zone) {
    if (!zone) return BAND_RAMPS[0][0];
    const colours = bandColours(zone);
    const expr = ['match', ['get', 'd0_m']];
    zone.bands.forEach((b, i) => expr.push(b.d0_m, colours[i]));
    expr.push(colours[colours.length - 1]);
    return expr;
  }

  function chosenCorridor() {
    return corridorZones().find((z) => z.name === state.corridor) || corridorZones()[0];
  }

  // Each toggle: id, label, swatch and the style layers it shows.
  function toggles() {
    const list = [];
    if (available.has('regions')) {
      list.push({ id: 'regions', label: t('regions'), colour: ZONE_STYLE.regions.colour, opacity: 1,
        layers: ['regions-fill', 'regions-line', 'labels-region', 'regions-label', 'view-labels'] });
    }
    if (available.has('corridors')) {
      list.push({ id: 'corridors', label: t('corridor'), colour: BAND_RAMPS[0][0], opacity: BAND_OPACITY,
        layers: ['corridors-fill'] });
    }
    polygonLayers().forEach((l) => {
      list.push({ id: l.layer, label: l.label, colour: l.style.colour, opacity: l.style.opacity,
        layers: [l.layer + '-fill', l.layer + '-line'] });
    });
    if (available.has('three_zones_two_lines')) {
      list.push({ id: 'three_zones_two_lines', label: t('buffers'), colour: ZONE_STYLE.buffers.colour,
        opacity: ZONE_STYLE.buffers.opacity, layers: ['three_zones_two_lines-fill', 'three_zones_two_lines-line'] });
    }
    if (available.has('rivers')) {
      list.push({ id: 'rivers', label: t('rivers'), colour: ZONE_STYLE.rivers.line, opacity: 1, line: true,
        layers: ['rivers-casing', 'rivers-line', 'rivers-label'] });
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
    }
    if (available.has('corridors')) {
      const corridor = chosenCorridor();
      if (corridor) state.corridor = corridor.name;
      layers.push(vector('corridors-fill', 'fill', 'corridors',
        { 'fill-color': bandColour(corridor), 'fill-opacity': corridor ? BAND_OPACITY : 0.25 },
        corridor ? { filter: ['==', ['get', 'zone'], corridor.name] } : {}));
    }
    if (available.has('regions')) {
      layers.push(vector('regions-line', 'line', 'regions',
        { 'line-color': ZONE_STYLE.regions.line, 'line-width': 1.2, 'line-dasharray': [3, 2] }));
    }
    polygonLayers().forEach((l) => {
      layers.push(vector(l.layer + '-fill', 'fill', l.layer, { 'fill-color': l.style.colour, 'fill-opacity': l.style.opacity }));
      layers.push(vector(l.layer + '-line', 'line', l.layer, { 'line-color': l.style.line, 'line-width': 0.6 }));
    });
    if (available.has('three_zones_two_lines')) {
      const s = ZONE_STYLE.buffers;
      layers.push(vector('three_zones_two_lines-fill', 'fill', 'three_zones_two_lines',
        { 'fill-color': s.colour, 'fill-opacity': s.opacity }));
      layers.push(vector('three_zones_two_lines-line', 'line', 'three_zones_two_lines',
        { 'line-color': s.line, 'line-width': 0.5 }));
    }
    if (available.has('rivers')) {
      // A pale casing keeps the rivers visible on the darkest corridor band.
      layers.push(vector('rivers-casing', 'line', 'rivers', { 'line-color': '#e8f4fb', 'line-opacity': 0.85,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 12, 5] }));
      layers.push(vector('rivers-line', 'line', 'rivers', { 'line-color': ZONE_STYLE.rivers.line,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 12, 3] }));
    }
    if (available.has('regions')) {
      // The region the filter keeps, outlined over the zones.
      layers.push(vector('region-selected-casing', 'line', 'regions', { 'line-color': '#fff', 'line-width': 6 },
        { filter: regionOutline() }));
      layers.push(vector('region-selected', 'line', 'regions', { 'line-color': '#222', 'line-width': 3 },
        { filter: regionOutline() }));
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
    const regionText = { 'text-color': '#3d3a35', 'text-halo-color': '#fff', 'text-halo-width': 1.5 };
    if (available.has('labels')) {
      layers.push(vector('labels-region', 'symbol', 'labels', regionText, {
        filter: ['==', ['get', 'kind'], 'region'],
        maxzoom: available.has('regions') ? REGION_LABEL_POINTS_BELOW : 24,
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 10, 16] } }));
    }
    if (available.has('regions')) {
      // MapLibre places a polygon's point label inside each tile's piece of it; where none of a
      // region's is in the window, labelRegionsInView writes one.
      const minzoom = available.has('labels') ? REGION_LABEL_POINTS_BELOW : 0;
      const layout = { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 16 };
      layers.push(vector('regions-label', 'symbol', 'regions', regionText, { minzoom, layout }));
      layers.push({ id: 'view-labels', type: 'symbol', source: 'view-labels', paint: regionText, minzoom, layout });
    }
    return layers;
  }

  // Points of the window, as fractions of its size, centre first, where a region's name may go.
  const LABEL_SPOTS = [[0.5, 0.5], [0.25, 0.3], [0.75, 0.3], [0.25, 0.7], [0.75, 0.7], [0.5, 0.15],
    [0.5, 0.85], [0.1, 0.5], [0.9, 0.5], [0.1, 0.15], [0.9, 0.15], [0.1, 0.85], [0.9, 0.85]];

  // Region names at every zoom: a region drawn in the window whose tile labels all lie outside it
  // (zoomed in, a region is larger than the window) gets its name at a spot of the window inside it.
  function labelRegionsInView() {
    const source = map.getSource('view-labels');
    if (!source || !map.getLayer('regions-fill')) return;
    const named = new Set(map.queryRenderedFeatures({ layers: ['labels-region', 'regions-label'].filter((l) => map.getLayer(l)) })
      .map((f) => f.properties.name));
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const features = [];
    if (map.getZoom() >= REGION_LABEL_POINTS_BELOW) {
      LABEL_SPOTS.forEach(([fx, fy]) => {
        const at = [fx * width, fy * height];
        const hit = map.queryRenderedFeatures(at, { layers: ['regions-fill'] })[0];
        if (hit && !named.has(hit.properties.name)) {
          named.add(hit.properties.name);
          features.push({ type: 'Feature', properties: { name: hit.properties.name },
            geometry: { type: 'Point', coordinates: map.unproject(at).toArray() } });
        }
      });
    }
    const data = JSON.stringify(features.map((f) => f.properties.name));
    if (data !== labelRegionsInView.last) {
      labelRegionsInView.last = data;
      source.setData({ type: 'FeatureCollection', features });
    }
  }

  const regionOutline = () => ['==', ['get', 'id'], state.filter.region || '\u0000'];

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

  // Shows the panels the server can fill: without the analysis (an archive, an inventory) the
  // summary, search and downloads are hidden and a note says why; filters need the labels.
  function showPanels() {
    document.getElementById('note').hidden = meta.analysis;
    ['search-section', 'summary-section', 'downloads-section'].forEach((id) => {
      document.getElementById(id).hidden = !meta.analysis;
    });
    document.getElementById('filters-section').hidden = !(hasLabels() && hasPatches());
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

  function select(name, options, onChange) {
    const s = el('select', { name });
    s.append(el('option', { value: '' }, t('any')));
    options.forEach((o) => s.append(el('option', { value: o.value }, o.label)));
    s.value = state.filter[name];
    s.addEventListener('change', () => {
      state.filter[name] = s.value;
      filterChanged();
      if (onChange) onChange();
    });
    return s;
  }

  function buildFilters() {
    const box = document.getElementById('filters');
    box.replaceChildren();
    if (!hasLabels()) return;
    ['state', 'status', 'period'].filter((k) => (meta.codes[k] || []).length)
      .forEach((k) => box.append(el('h3', {}, filterName(k)), checks(k, meta.codes[k])));
    const row = (key, ...controls) => box.append(el('div', { class: 'row' }, el('span', {}, filterName(key)), ...controls));
    const zones = meta.zones.map((z) => ({ value: z.name, label: labelOf(z) }));
    const bands = [];
    corridorZones().forEach((z) => z.bands.forEach((b) => bands.push({ value: b.key, label: labelOf(z) + ' ' + labelOf(b) })));
    const regions = meta.regions.map((r) => ({ value: r.id, label: r.name + ' ' + r.id }));
    if (zones.length) row('zone', select('zone', zones));
    if (bands.length) row('band', select('band', bands));
    if (regions.length) row('region', select('region', regions, showRegion));
    const rank = (name) => {
      const input = el('input', { type: 'number', min: '1', max: String(meta.priority_max || 1), name });
      input.value = state.filter[name];
      input.addEventListener('change', () => { state.filter[name] = input.value; filterChanged(); });
      return input;
    };
    if (meta.priority_max) row('priority', rank('priority_min'), '–', rank('priority_max'));
    const reset = el('button', { type: 'button', id: 'reset' }, t('reset'));
    reset.addEventListener('click', () => {
      const hadRegion = state.filter.region;
      state.filter = readFilter(new URLSearchParams());
      buildFilters();
      filterChanged();
      if (hadRegion) showRegion();
    });
    box.append(reset);
  }

  // The region filter's region: outlined, and the map zoomed to it (to the whole map when cleared).
  function showRegion() {
    ['region-selected', 'region-selected-casing'].forEach((l) => map.getLayer(l) && map.setFilter(l, regionOutline()));
    const region = meta.regions.find((r) => r.id === state.filter.region);
    const b = region ? region.bounds : dataBounds;
    if (b) map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 30, duration: 0 });
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
      const zone = chosenCorridor();
      map.setFilter('corridors-fill', ['==', ['get', 'zone'], zone.name]);
      map.setPaintProperty('corridors-fill', 'fill-color', bandColour(zone));
      buildLayers();
      writeUrl();
    });
    bands.append(el('div', { class: 'row' }, el('span', {}, t('corridor')), choose));
    const zone = chosenCorridor();
    const colours = bandColours(zone);
    zone.bands.forEach((b, i) => bands.append(el('div', { class: 'band-swatch', 'data-band': b.key },
      swatch(colours[i], BAND_OPACITY), labelOf(b))));
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

  // Columns as the server names them (zone or band, patches, area inside, whole patch area):
  // the words of the shared vocabulary, the same as every table's.
  function summaryTable(rows) {
    const columns = (summary && summary.columns) || ['label', 'patches', 'mu', 'ha'].map((key) => ({ key }));
    const table = el('table', { id: 'summary-table' },
      el('tr', {}, ...columns.map((c) => el('th', {}, c[lang] || t(c.key)))));
    rows.forEach((r) => {
      const cells = columns.map((c) => {
        if (c.key === 'label') {
          const label = r['label_' + lang] || r.label;
          return el('td', {}, r.band ? label.split(' ').slice(-2).join(' ') : label);
        }
        return el('td', {}, nf(r[c.key], c.key === 'patches' ? 0 : c.key.endsWith('ha') ? 2 : 1));
      });
      table.append(el('tr', { class: r.band ? 'band' : '' }, ...cells));
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
    if (!meta.analysis) return;
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
    const rows = Array.isArray(summary && summary.rows) ? summary.rows : [];
    if (!rows.length) return;
    box.replaceChildren();
    const total = summary.total || rows[0];
    document.getElementById('filter-total').textContent = t('total')(nf(total.patches, 0), nf(total.mu, 1));
    if (summary.ingest) box.append(el('p', { class: 'muted' }, t('ingest')(summary.ingest)));
    box.append(summaryTable(rows));
    const zoneRows = rows.filter((r) => r.zone !== 'all patches' && !r.band);
    document.getElementById('chart').replaceChildren(barChart(zoneRows));
  }

  // The server names each file after the filter (Content-Disposition), in the panel's language.
  function renderDownloads() {
    const box = document.getElementById('downloads');
    box.replaceChildren();
    const p = filterParams();
    p.set('lang', lang);
    [['patches.csv', 'patchesCsv'], ['patches.geojson', 'patchesGeoJson'], ['summary.csv', 'summaryCsv']].forEach(([file, key]) => {
      box.append(el('a', { href: 'api/' + file + '?' + p.toString(), download: '', id: 'download-' + file.replace('.', '-') }, t(key)));
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
    rows.forEach(([k, v, cls]) => table.append(el('tr', cls ? { class: cls } : {}, el('th', {}, k), el('td', {}, v))));
    return table;
  }

  // Zones and bands the patch has area in (mu), and its distance to each corridor when known.
  function zoneRows(d) {
    const mu = (v) => nf(v, 2) + ' ' + t('muUnit');
    const rows = [];
    meta.zones.forEach((z) => {
      if (z.kind === 'corridor') {
        const parts = z.bands.filter((b) => d[b.key + '_mu'] > 0).map((b) => t('inBand')(labelOf(b), mu(d[b.key + '_mu'])));
        const dist = d[z.distance];
        if (typeof dist === 'number') parts.push(t('distance')(nf(dist / 1000, 1)));
        if (parts.length) rows.push([labelOf(z), parts.join(lang === 'zh' ? '；' : '; ')]);
      } else if (d[z.name + '_mu'] > 0) {
        // "In the red line", but a buffer zone's label already says where: "around nature reserves".
        const label = z.kind === 'polygons' ? t('inZone')(labelOf(z)) : labelOf(z);
        rows.push([label, mu(d[z.name + '_mu']), z.must_clear ? 'clear' : '']);
      }
    });
    return rows;
  }

  // A patch's ledger and history in the register (/api/patches/{id}/history, `serve --store`).
  function registerContent(h) {
    const box = el('div', { class: 'register' });
    if (h === 'loading' || h.error !== undefined) {
      box.append(el('p', { class: 'muted' }, h === 'loading' ? t('registerLoading') : t('registerFailed') + h.error));
      return box;
    }
    const l = h.ledger;
    box.append(el('h3', { class: 'ledger' }, t('ledgerGroup')));
    if (l) {
      const rows = [[t('party'), l.party], [t('responsibility'), labelOf(l.responsibility_words)], [t('task'), l.task],
        [t('fundingSource'), l.funding_source || t('empty')], [t('funds'), nf(l.funds_wan_yuan, 2)],
        [t('deadline'), l.deadline], [t('plan'), l.plan || t('empty')]];
      if (l.overdue) rows.push([t('overdue'), t('overdueAsOf')(h.as_of), 'clear']);
      box.append(rowsTable(rows));
    } else {
      box.append(el('p', { class: 'muted no-ledger' }, t('noLedger')));
    }
    const rows = h.surveys.map((s) => [t('surveyYear')(s.year), labelOf(s.state_words) + (s.id !== h.id ? ' (' + s.id + ')' : '')]);
    const d = h.delisting;
    if (d) rows.push([t('delisted'), t('delisting')(d.date, d.document) + (d.forced ? t('forced') : '')]);
    h.checks.forEach((c) => rows.push([t('check')(c.date),
      labelOf(c.finding_words) + (c.note ? (lang === 'zh' ? '：' : ': ') + c.note : '')]));
    box.append(el('h3', { class: 'history' }, t('historyGroup')), rowsTable(rows));
    return box;
  }

  // The popup: identity, then zones and bands, then the reasons of the rank, then the survey
  // attributes. `d` is /api/patches/{id}, or a tile feature's properties when the server has no
  // analysis (then without survey attributes, distances and reasons), with the patch's ledger and
  // history as `history` when the server holds a register.
  function popupContent(d) {
    const box = el('div', { class: 'popup' });
    const full = Array.isArray(d.reasons);
    const ha = typeof d.area_ha === 'number' ? d.area_ha : d.area_mu / 15;
    const identity = [];
    if (d.region_name || d.region) {
      identity.push([t('regionName'), (d.region_name || '') + (d.region ? ' (' + d.region + ')' : '')]);
    }
    if (typeof d.area_mu === 'number') {
      identity.push([t('area'), nf(d.area_mu, 2) + ' ' + t('muUnit') + ' / ' + nf(ha, 2) + ' ' + t('haUnit')]);
    }
    box.append(el('h3', { class: 'title' }, t('patchTitle') + ' ' + d.id), rowsTable(identity));
    if (meta.zones.length) {
      const zones = zoneRows(d);
      box.append(el('h3', { class: 'zones' }, t('zonesGroup')), zones.length ? rowsTable(zones) : el('p', { class: 'muted' }, t('none')));
    }
    const rank = typeof d.priority === 'number' ? t('rankOf')(nf(d.priority, 0), nf(meta.priority_max, 0)) : '';
    if (full) {
      box.append(el('h3', { class: 'reasons' }, t('reasonsGroup') + (lang === 'zh' ? '（' + rank + '）' : ' (' + rank + ')')),
        el('ol', { class: 'reasons' }, ...d.reasons.map((r) => el('li', {}, r[lang]))));
      const survey = (d.survey || []).map((s) => [s[lang],
        s['value_' + lang] + (s.code && s.field !== 'TBMJ' ? ' (' + s.code + ')' : '')]);
      if (survey.length) box.append(el('h3', { class: 'survey' }, t('surveyGroup')), rowsTable(survey));
      box.append(el('a', { class: 'api', href: 'api/patches/' + encodeURIComponent(d.id), target: '_blank' }, t('json')));
      return box;
    }
    // A tile's properties: the rank and the classes it carries, labelled by /api/meta.
    const code = (k, v) => ((meta.codes[k] || []).find((c) => c.key === v) || {})[lang];
    const rows = rank ? [[t('rank'), rank]] : [];
    [['state', 'restoration_state'], ['status', 'status'], ['period', 'period']].forEach(([k, field]) => {
      if (code(k, d[field])) rows.push([filterName(k), code(k, d[field])]);
    });
    if (rows.length) box.append(el('h3', {}, t('codesGroup')), rowsTable(rows));
    if (d.history) box.append(registerContent(d.history));
    box.append(el('p', { class: 'muted' }, t('popupTilesOnly')));
    return box;
  }

  function highlight(id) {
    state.selected = id;
    ['patches-selected', 'patches-selected-casing'].forEach((l) => map.getLayer(l) && map.setFilter(l, ['==', ['get', 'id'], id]));
    writeUrl();
  }

  async function selectPatch(id, lngLat, properties) {
    let d = properties;
    if (meta.analysis) {
      const r = await fetch('api/patches/' + encodeURIComponent(id));
      if (!r.ok) return;
      d = await r.json();
    }
    if (!d) return;
    // The register is read from the store at each request (seconds on a large one): the popup opens
    // at once with what the tile carries and fills in its ledger and history when they come.
    if (meta.register) d = Object.assign({}, d, { history: 'loading' });
    highlight(id);
    if (popup) popup.remove();
    const at = lngLat || [(d.bounds[0] + d.bounds[2]) / 2, (d.bounds[1] + d.bounds[3]) / 2];
    const point = map.project(at);
    const size = map.getContainer().getBoundingClientRect();
    const side = point.x < size.width / 3 ? '-left' : point.x > (2 * size.width) / 3 ? '-right' : '';
    const anchor = (point.y < size.height / 2 ? 'top' : 'bottom') + side;
    popupPatch = d;
    popup = new maplibregl.Popup({ maxWidth: 'none', focusAfterOpen: false, anchor })
      .setLngLat(at).setDOMContent(popupContent(d)).addTo(map);
    keepInView(popup.getElement());
    const opened = popup;
    popup.on('close', () => {
      if (popup === opened) popupPatch = null;
      if (state.selected === id) highlight('');
    });
    if (meta.register) {
      const r = await fetch('api/patches/' + encodeURIComponent(id) + '/history').catch(() => null);
      const failed = async () => ({ error: r ? (await r.json().catch(() => ({}))).error || 'HTTP ' + r.status : '' });
      const history = r && r.ok ? await r.json() : await failed();
      if (popup !== opened || !opened.isOpen()) return;
      popupPatch = Object.assign({}, d, { history });
      opened.setDOMContent(popupContent(popupPatch));
      keepInView(opened.getElement());
    }
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
    searched = null;
    renderSearch();
    if (!query.trim()) return;
    const r = await fetch('api/search?q=' + encodeURIComponent(query.trim()));
    const body = await r.json();
    searched = { hits: r.ok ? body.results : [], error: r.ok ? '' : body.error };
    renderSearch();
    const hits = searched.hits;
    if (hits.length === 1 || (hits.length && hits[0].kind === 'patch' && hits[0].id === query.trim())) go(hits[0]);
  }

  // The result list of the last search, in the current language.
  function renderSearch() {
    const list = document.getElementById('search-results');
    list.replaceChildren();
    if (!searched) return;
    if (!searched.hits.length) {
      list.append(el('li', { class: 'muted' }, searched.error || t('noHits')));
      return;
    }
    searched.hits.forEach((h) => {
      const item = el('li', { 'data-kind': h.kind, 'data-id': h.id },
        el('span', { class: 'kind' }, t(h.kind)), h.id + (h.name ? ' ' + h.name : ''));
      item.addEventListener('click', () => go(h));
      list.append(item);
    });
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

  // Everything on screen in the other language: panel, filters, legends, summary, downloads, search
  // results and the open popup.
  function setLanguage(next) {
    lang = next;
    localStorage.setItem('mineeco.lang', lang);
    applyText();
    buildFilters();
    buildLayers();
    showPatchLegend();
    renderSummary();
    renderDownloads();
    renderSearch();
    if (popup && popup.isOpen() && popupPatch) {
      popup.setDOMContent(popupContent(popupPatch));
      keepInView(popup.getElement());
    }
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
    dataBounds = tileJson.bounds;
    years = [...available].map((id) => /^patches_(\d{4})$/.exec(id)).filter(Boolean).map((m) => m[1]).sort();
    if (years.length) {
      if (!years.includes(state.year)) state.year = years[years.length - 1];
      buildYearSwitch();
    }
    const m = await fetch('api/meta');
    const metaBody = m.ok ? await m.json() : {};
    meta = Object.assign(meta, metaBody, { analysis: metaBody.analysis === true, register: metaBody.register === true });
    applyText();
    showPanels();
    // TileJSON's tile URLs are relative to it (never built from the Host header): resolved as
    // text, since URL() would encode the {z}/{x}/{y} placeholders.
    const tileBase = new URL('./', new URL('all', window.location.href)).href;
    const sources = { mineeco: { type: 'vector',
      tiles: tileJson.tiles.map((u) => (/^[a-z][a-z0-9+.-]*:/i.test(u) ? u : tileBase + u)),
      minzoom: tileJson.minzoom, maxzoom: tileJson.maxzoom, bounds: tileJson.bounds,
      attribution: '© mineeco · MapLibre' } };
    if (available.has('regions')) {
      sources['view-labels'] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    }
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
    const region = meta.regions.find((r) => r.id === state.filter.region);
    const view = region && !window.location.hash ? region.bounds : tileJson.bounds;
    map = new maplibregl.Map({
      container: 'map', style, hash: 'map', localIdeographFontFamily: CJK_FONTS,
      bounds: [[view[0], view[1]], [view[2], view[3]]],
      fitBoundsOptions: { padding: region ? 30 : 20 }, attributionControl: { compact: false }
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
    map.on('moveend', () => { labelRegionsInView.last = null; });
    map.on('idle', labelRegionsInView);
    if (hasPatches()) {
      map.on('click', 'patches-fill', (e) => {
        const f = e.features[0];
        selectPatch(String(f.properties.id), e.lngLat, f.properties);
      });
      map.on('mouseenter', 'patches-fill', () => { map.getCanvas().style.cursor = 'pointer'; });
      map.on('mouseleave', 'patches-fill', () => { map.getCanvas().style.cursor = ''; });
    }
    const firstIdle = new Promise((resolve) => map.once('idle', resolve));
    await loadSummary().catch(() => {});
    await firstIdle;
    if (state.selected && meta.analysis) selectPatch(state.selected);
    window.mineecoReady = true;
  }

  start().catch((e) => {
    const note = document.getElementById('note');
    note.textContent = TEXT[lang].failed + e;
    note.hidden = false;
  });
})();
