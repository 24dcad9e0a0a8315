// /reports: draws each figure's chart with ECharts (the webjar) from the JSON in its data-chart attribute
// ({type, categories, series: [{name, stack, values}], unit}); the table below each chart holds the same figures.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return; // the tables are there without the charts
  }
  var charts = [];
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var narrow = el.clientWidth < 500;
    var unit = data.unit || '';
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', confine: true },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category', data: data.categories,
        axisLabel: { rotate: narrow || data.categories.length > 8 ? 40 : 0, hideOverlap: true }
      },
      yAxis: { type: 'value', minInterval: 1, max: unit === '%' ? 100 : null,
        axisLabel: { formatter: '{value}' + unit } },
      series: data.series.map(function (s) {
        return { name: s.name, type: data.type, stack: s.stack || undefined, data: s.values,
          barMaxWidth: 40, emphasis: { focus: 'series' } };
      })
    });
    el.setAttribute('data-drawn', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
