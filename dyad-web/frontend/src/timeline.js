import * as d3 from 'd3';
import { getJson, QUAD_COLOURS, QUADS } from './api.js';

// Stacked bars of events per period by quad class, with the summed Goldstein value as a line.
export async function drawTimeline(filter) {
  const box = document.getElementById('timeline');
  const period = document.getElementById('period').value;
  let data;
  try {
    data = (await getJson('api/series', { ...filter, period })).series;
  } catch (e) {
    box.textContent = e.message;
    return;
  }
  box.replaceChildren();
  if (!data.length) { box.textContent = 'No dated events for this filter.'; return; }
  const W = 900, H = 360, m = { top: 40, right: 50, bottom: 40, left: 40 };
  const svg = d3.select(box).append('svg').attr('id', 'timeline-svg').attr('viewBox', `0 0 ${W} ${H}`).attr('width', '100%');
  const x = d3.scaleBand().domain(data.map(d => d.period)).range([m.left, W - m.right]).padding(0.15);
  const stack = d3.stack().keys(['q1_events', 'q2_events', 'q3_events', 'q4_events'])(data);
  const y = d3.scaleLinear().domain([0, d3.max(data, d => d.events) || 1]).nice().range([H - m.bottom, m.top]);
  const g = d3.extent(data, d => d.goldstein);
  const yg = d3.scaleLinear().domain([Math.min(0, g[0]), Math.max(0, g[1])]).nice().range([H - m.bottom, m.top]);
  svg.append('g').selectAll('g').data(stack).join('g').attr('fill', (_, i) => QUAD_COLOURS[i + 1]).attr('class', (_, i) => `quad-${i + 1}`)
    .selectAll('rect').data(d => d).join('rect').attr('class', 'bar')
    .attr('x', d => x(d.data.period)).attr('width', x.bandwidth()).attr('y', d => y(d[1])).attr('height', d => y(d[0]) - y(d[1]))
    .append('title').text(d => `${d.data.period}: ${d.data.events} events, Goldstein ${d.data.goldstein}`);
  svg.append('path').attr('class', 'goldstein').datum(data).attr('fill', 'none').attr('stroke', '#1f3b57').attr('stroke-width', 2)
    .attr('d', d3.line().x(d => x(d.period) + x.bandwidth() / 2).y(d => yg(d.goldstein)));
  svg.append('g').selectAll('circle').data(data).join('circle').attr('class', 'goldstein-point').attr('r', 3)
    .attr('fill', '#1f3b57').attr('cx', d => x(d.period) + x.bandwidth() / 2).attr('cy', d => yg(d.goldstein));
  const ticks = x.domain().filter((_, i, a) => a.length <= 12 || i % Math.ceil(a.length / 12) === 0);
  svg.append('g').attr('transform', `translate(0,${H - m.bottom})`).call(d3.axisBottom(x).tickValues(ticks));
  svg.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(5));
  svg.append('g').attr('transform', `translate(${W - m.right},0)`).call(d3.axisRight(yg).ticks(5));
  const legend = svg.append('g').attr('transform', `translate(${m.left + 10},8)`);
  [1, 2, 3, 4].forEach((q, i) => {
    legend.append('rect').attr('x', i * 150).attr('width', 10).attr('height', 10).attr('fill', QUAD_COLOURS[q]);
    legend.append('text').attr('x', i * 150 + 14).attr('y', 9).text(QUADS[q]);
  });
  legend.append('text').attr('x', 600).attr('y', 9).text('— Goldstein (right axis)');
}
