/**
 * The HTML report's own script, run by the browser: it reads the chart specs (html-charts.ts) from
 * the page's JSON block, draws each with uPlot, and builds each chart's table of numbers when its
 * `<details>` is opened (the numbers are in the page once, as data, so a ten-endpoint report stays
 * small). It only ever sets text (`textContent`), never markup, so no name in the data can become
 * HTML. After a chart is drawn its container carries `data-drawn-points` (and `data-drawn-marks`,
 * the change points marked on it), which the browser tests compare with the report's data.
 *
 * Plain ES2017 with no template literals, kept as a string because the report inlines it (its
 * SHA-256 goes into the page's Content-Security-Policy).
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('loadgate-data').textContent);
  var specs = {};
  data.charts.forEach(function (spec) { specs[spec.id] = spec; });
  var palette = ['#2563eb', '#ea580c', '#dc2626', '#6b7280', '#059669', '#9333ea', '#db2777'];

  function xValues(spec) {
    if (spec.x) return spec.x;
    var xs = [];
    for (var i = 0; i < spec.points; i++) xs.push(i * spec.xStepS);
    return xs;
  }
  function percentileOf(x) {
    if (!(x >= 1)) return '';
    var p = 100 * (1 - 1 / x);
    return 'p' + String(Math.round(p * 1000) / 1000);
  }
  function xText(spec, x) {
    if (x == null) return '';
    if (spec.xKind === 'percentile') return percentileOf(x);
    if (spec.xKind === 'run') return spec.xLabels[Math.round(x)] || '';
    return String(x) + ' s';
  }
  function unitOf(spec, axis) {
    for (var i = 0; i < spec.series.length; i++) if (spec.series[i].axis === axis) return spec.series[i].unit;
    return '';
  }
  function fmt(v) {
    if (v == null) return '—';
    return String(Math.round(v * 1000) / 1000);
  }

  // A change point: a dashed line half a run before the first run after it, red for a regression,
  // green for an improvement; the table beside the chart says what each one is.
  function drawMarks(u, marks, el) {
    var ctx = u.ctx;
    ctx.save();
    ctx.lineWidth = 2;
    ctx.setLineDash([5, 4]);
    marks.forEach(function (m) {
      var x = u.valToPos(m.x - 0.5, 'x', true);
      ctx.strokeStyle = m.kind === 'regression' ? '#dc2626' : '#059669';
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
    });
    ctx.restore();
    el.setAttribute('data-drawn-marks', String(marks.length));
  }

  function draw(el, spec, width) {
    var hasRight = spec.series.some(function (s) { return s.axis === 'right'; });
    var series = [{ label: spec.xName, value: function (u, x) { return xText(spec, x); } }];
    spec.series.forEach(function (s, i) {
      series.push({
        label: s.label + ' (' + s.unit + ')',
        stroke: palette[i % palette.length],
        width: 1.5,
        scale: s.axis === 'right' ? 'r' : 'y',
        points: { show: spec.xKind !== 'seconds' || spec.points < 40 },
        value: function (u, v) { return fmt(v); },
      });
    });
    var axes = [
      {
        splits: spec.xKind === 'seconds' ? undefined : spec.xKind === 'run' ? function () { return xValues(spec); } : function () { return [1, 2, 10, 100, 1000, 10000]; },
        values: function (u, splits) {
          return splits.map(function (x) {
            if (spec.xKind === 'run') return Number.isInteger(x) ? (spec.xLabels[x] || '').split(' · ')[0] : '';
            return spec.xKind === 'percentile' ? percentileOf(x) : String(x);
          });
        },
      },
      { scale: 'y', label: unitOf(spec, 'left') },
    ];
    if (hasRight) axes.push({ scale: 'r', side: 1, label: unitOf(spec, 'right'), grid: { show: false } });
    var opts = {
      width: width,
      height: 220,
      scales: { x: { time: false, distr: spec.xKind === 'percentile' ? 3 : 1 }, y: { range: function (u, min, max) { return [0, max > 0 ? max * 1.05 : 1]; } }, r: { range: function (u, min, max) { return [0, max > 0 ? max * 1.05 : 1]; } } },
      series: series,
      axes: axes,
      legend: { live: true },
      hooks: { draw: [function (u) { drawMarks(u, spec.marks || [], el); el.setAttribute('data-drawn-points', String(u.data[0].length)); }] },
    };
    var columns = [xValues(spec)];
    spec.series.forEach(function (s) { columns.push(s.values); });
    new uPlot(opts, columns, el);
  }

  function table(spec) {
    var t = document.createElement('table');
    var caption = document.createElement('caption');
    caption.textContent = spec.title;
    t.appendChild(caption);
    var head = t.createTHead().insertRow();
    [spec.xName].concat(spec.series.map(function (s) { return s.label + ' (' + s.unit + ')'; })).forEach(function (text) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      head.appendChild(th);
    });
    var body = t.createTBody();
    var xs = xValues(spec);
    for (var i = 0; i < xs.length; i++) {
      var row = body.insertRow();
      var th = document.createElement('th');
      th.scope = 'row';
      th.textContent = xText(spec, xs[i]);
      row.appendChild(th);
      spec.series.forEach(function (s) { row.insertCell().textContent = fmt(s.values[i]); });
    }
    return t;
  }

  // Every plot sits in the same grid column width: read it once, before any chart is added, so
  // adding forty charts does not force forty layouts.
  var plots = document.querySelectorAll('[data-chart]');
  var width = Math.max(320, (plots[0] && plots[0].clientWidth) || 560);
  plots.forEach(function (el) {
    draw(el, specs[el.getAttribute('data-chart')], width);
  });
  document.querySelectorAll('details[data-table]').forEach(function (details) {
    details.addEventListener('toggle', function () {
      if (details.open && !details.querySelector('table')) details.appendChild(table(specs[details.getAttribute('data-table')]));
    });
  });
})();
`;
