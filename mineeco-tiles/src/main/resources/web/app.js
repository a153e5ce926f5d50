// mineeco map viewer: MapLibre GL JS over the server's own vector tiles; no internet base map.
(function () {
  'use strict';

  // Drawing order, styles and legend colours of the layers the server may offer.
  const LAYERS = [
    { id: 'regions', label: 'Regions', colour: '#f2efe9', line: '#8a8478', fillOpacity: 1 },
    { id: 'corridors', label: 'River corridors', colour: '#9cc9ee', line: '#6aa6d8', fillOpacity: 0.35 },
    { id: 'farmland', label: 'Basic farmland', colour: '#e7d77a', line: '#c9b64a', fillOpacity: 0.45 },
    { id: 'three_zones_two_lines', label: 'Three zones, two lines', colour: '#c7a4e0', line: '#9a6fc0', fillOpacity: 0.3 },
    { id: 'red_line', label: 'Ecological red line', colour: '#f08a8a', line: '#d33', fillOpacity: 0.35 },
    { id: 'rivers', label: 'Rivers', colour: '#2b7bd0', line: '#2b7bd0', fillOpacity: 0 },
    { id: 'patches', label: 'Mine patches', colour: '#d95f02', line: '#5a2a00', fillOpacity: 0.85 }
  ];

  const STATE_FIELD = ['coalesce', ['get', 'restoration_state'], ['get', 'HFZLQK'], ''];
  const STATE_COLOURS = [
    { label: 'Restored', colour: '#1a9850', values: ['restored', 'RESTORED', 'B'] },
    { label: 'Not restored', colour: '#d73027', values: ['not_restored', 'NOT_RESTORED', 'A'] }
  ];
  const UNKNOWN_COLOUR = '#999999';
  const PRIORITY_STOPS = ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf'];

  let map;
  let maxPriority = 100;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c));
    return node;
  }

  function swatch(colour) {
    const s = el('span', { class: 'swatch' });
    s.style.background = colour;
    return s;
  }

  function stateColour() {
    const expr = ['match', STATE_FIELD];
    STATE_COLOURS.forEach((s) => expr.push(s.values, s.colour));
    expr.push(UNKNOWN_COLOUR);
    return expr;
  }

  function priorityColour() {
    const expr = ['interpolate', ['linear'], ['to-number', ['get', 'priority'], maxPriority]];
    PRIORITY_STOPS.forEach((c, i) => expr.push(1 + (i * (maxPriority - 1)) / (PRIORITY_STOPS.length - 1), c));
    return expr;
  }

  function showPatchLegend(mode) {
    const legend = document.getElementById('patch-legend');
    legend.replaceChildren();
    if (mode === 'priority') {
      legend.append(el('div', {}, swatch(PRIORITY_STOPS[0]), 'rank 1 (first)'));
      legend.append(el('div', {}, swatch(PRIORITY_STOPS[PRIORITY_STOPS.length - 1]), 'rank ' + maxPriority + ' (last)'));
    } else {
      STATE_COLOURS.forEach((s) => legend.append(el('div', {}, swatch(s.colour), s.label)));
      legend.append(el('div', {}, swatch(UNKNOWN_COLOUR), 'Unknown'));
    }
  }

  function setColourMode(mode) {
    if (map.getLayer('patches-fill')) {
      map.setPaintProperty('patches-fill', 'fill-color', mode === 'priority' ? priorityColour() : stateColour());
    }
    showPatchLegend(mode);
  }

  function styleLayers(available) {
    const layers = [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe9ef' } }];
    LAYERS.filter((l) => available.has(l.id)).forEach((l) => {
      if (l.id === 'rivers') {
        layers.push({ id: 'rivers-line', type: 'line', source: 'mineeco', 'source-layer': 'rivers',
          paint: { 'line-color': l.line, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 12, 3] } });
        return;
      }
      layers.push({ id: l.id + '-fill', type: 'fill', source: 'mineeco', 'source-layer': l.id,
        paint: { 'fill-color': l.id === 'patches' ? stateColour() : l.colour, 'fill-opacity': l.fillOpacity } });
      layers.push({ id: l.id + '-line', type: 'line', source: 'mineeco', 'source-layer': l.id,
        paint: { 'line-color': l.line, 'line-width': l.id === 'regions' ? 1.2 : 0.6 } });
    });
    return layers;
  }

  function layerToggles(available) {
    const box = document.getElementById('layers');
    LAYERS.filter((l) => available.has(l.id)).forEach((l) => {
      const input = el('input', { type: 'checkbox', 'data-layer': l.id });
      input.checked = true;
      input.addEventListener('change', () => {
        ['-fill', '-line'].forEach((suffix) => {
          if (map.getLayer(l.id + suffix)) {
            map.setLayoutProperty(l.id + suffix, 'visibility', input.checked ? 'visible' : 'none');
          }
        });
      });
      box.append(el('label', {}, input, swatch(l.colour), l.label));
    });
  }

  function attributeTable(props) {
    const table = el('table');
    Object.entries(props).forEach(([k, v]) => {
      const value = typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v);
      table.append(el('tr', {}, el('th', {}, k), el('td', {}, value)));
    });
    return table;
  }

  async function showPatch(feature, lngLat) {
    const props = feature.properties || {};
    const id = props.id !== undefined ? String(props.id) : '';
    let details = props;
    if (id) {
      const r = await fetch('api/patches/' + encodeURIComponent(id));
      if (r.ok) {
        details = Object.assign({}, props, await r.json());
      }
    }
    const box = el('div', { class: 'popup' }, el('h3', {}, 'Patch ' + id), attributeTable(details));
    new maplibregl.Popup({ maxWidth: '360px' }).setLngLat(lngLat).setDOMContent(box).addTo(map);
  }

  function numericColumns(rows) {
    return Object.keys(rows[0]).filter((k) => k !== 'label' && rows.every((r) => typeof r[k] === 'number'));
  }

  function summaryTable(rows, shown) {
    const columns = Array.isArray(shown) ? shown : ['label'].concat(Object.keys(rows[0]).filter((k) => k !== 'label'));
    const table = el('table', {}, el('tr', {}, ...columns.map((c) => el('th', {}, c))));
    rows.forEach((r) => {
      table.append(el('tr', {}, ...columns.map((c) => {
        const v = r[c];
        return el('td', {}, typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : String(v ?? ''));
      })));
    });
    return table;
  }

  function barChart(rows, column) {
    const ns = 'http://www.w3.org/2000/svg';
    const width = 300;
    const bar = 16;
    const labelWidth = 110;
    const max = Math.max(...rows.map((r) => r[column]), 1e-9);
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', width);
    svg.setAttribute('height', rows.length * (bar + 4) + 20);
    const title = document.createElementNS(ns, 'text');
    title.setAttribute('x', 0);
    title.setAttribute('y', 12);
    title.textContent = column;
    svg.append(title);
    rows.forEach((r, i) => {
      const y = 18 + i * (bar + 4);
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', 0);
      label.setAttribute('y', y + bar - 4);
      label.textContent = String(r.label ?? '').slice(0, 16);
      const rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('x', labelWidth);
      rect.setAttribute('y', y);
      rect.setAttribute('height', bar);
      rect.setAttribute('width', ((width - labelWidth - 50) * r[column]) / max);
      rect.setAttribute('fill', '#d95f02');
      const value = document.createElementNS(ns, 'text');
      value.setAttribute('x', labelWidth + ((width - labelWidth - 50) * r[column]) / max + 4);
      value.setAttribute('y', y + bar - 4);
      value.textContent = Number.isInteger(r[column]) ? r[column] : r[column].toFixed(1);
      svg.append(label, rect, value);
    });
    return svg;
  }

  async function loadSummary() {
    const summary = await (await fetch('api/summary')).json();
    if (typeof summary.patch_count === 'number' && summary.patch_count > 1) {
      maxPriority = summary.patch_count;
    }
    const rows = Array.isArray(summary.rows) ? summary.rows : [];
    const title = (summary.title || 'Summary') + (summary.units ? ' (' + summary.units + ')' : '');
    document.getElementById('summary-title').textContent = title;
    const box = document.getElementById('summary');
    box.replaceChildren();
    if (rows.length === 0) {
      box.append(el('p', { class: 'muted' }, 'No summary was provided.'));
      return;
    }
    const ingest = summary.ingest;
    if (ingest && typeof ingest === 'object') {
      box.append(el('p', { class: 'muted' }, Object.entries(ingest).map(([k, v]) => k + ' ' + v).join(' · ')));
    }
    box.append(summaryTable(rows, summary.columns));
    const numeric = numericColumns(rows);
    const column = numeric.includes(summary.chart) ? summary.chart : numeric[numeric.length - 1];
    if (column) {
      document.getElementById('chart').replaceChildren(barChart(rows, column));
    }
  }

  async function start() {
    const tileJson = await (await fetch('all')).json();
    // TileJSON URLs are relative to the TileJSON's own URL (`all`, beside this page); URL() would
    // percent-encode the {z}/{x}/{y} placeholders, so the page's folder is prefixed as text.
    const tileBase = new URL('.', window.location.href).href;
    const available = new Set(tileJson.vector_layers.map((l) => l.id));
    await loadSummary().catch(() => {});
    map = new maplibregl.Map({
      container: 'map',
      style: {
        version: 8,
        sources: {
          mineeco: {
            type: 'vector',
            tiles: tileJson.tiles.map((u) => (/^[a-z][a-z0-9+.-]*:/i.test(u) ? u : tileBase + u)),
            minzoom: tileJson.minzoom,
            maxzoom: tileJson.maxzoom,
            bounds: tileJson.bounds
          }
        },
        layers: styleLayers(available)
      },
      bounds: [[tileJson.bounds[0], tileJson.bounds[1]], [tileJson.bounds[2], tileJson.bounds[3]]],
      fitBoundsOptions: { padding: 20 },
      attributionControl: false
    });
    window.mineecoMap = map;
    map.addControl(new maplibregl.NavigationControl(), 'top-left');
    map.addControl(new maplibregl.ScaleControl(), 'bottom-left');
    layerToggles(available);
    showPatchLegend('state');
    document.querySelectorAll('input[name=colour]').forEach((input) =>
      input.addEventListener('change', () => setColourMode(input.value)));
    if (available.has('patches')) {
      map.on('click', 'patches-fill', (e) => showPatch(e.features[0], e.lngLat));
      map.on('mouseenter', 'patches-fill', () => { map.getCanvas().style.cursor = 'pointer'; });
      map.on('mouseleave', 'patches-fill', () => { map.getCanvas().style.cursor = ''; });
    }
    map.once('idle', () => { window.mineecoReady = true; });
  }

  start().catch((e) => {
    document.getElementById('summary').textContent = 'The map could not start: ' + e;
  });
})();
