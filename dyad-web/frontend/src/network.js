import * as d3 from 'd3';
import { getJson } from './api.js';

// Actors as nodes, who-acts-on-whom as links: width by events, colour from conflict (red) to
// cooperation (green) by the share of cooperative events. Clicking an actor filters to it.
export async function drawNetwork(filter, onActor) {
  const box = document.getElementById('network');
  let edges;
  try {
    edges = (await getJson('api/network', { ...filter, limit: 150 })).edges;
  } catch (e) {
    box.textContent = e.message;
    return;
  }
  box.replaceChildren();
  if (!edges.length) { box.textContent = 'No two-sided events for this filter.'; return; }
  const W = 900, H = 560;
  const weight = new Map();
  for (const e of edges) for (const a of [e.source, e.target]) weight.set(a, (weight.get(a) || 0) + e.events);
  const nodes = [...weight].map(([id, w]) => ({ id, w }));
  const links = edges.map(e => ({ ...e, source: e.source, target: e.target }));
  const colour = d3.scaleLinear().domain([0, 0.5, 1]).range(['#b2182b', '#bbbbbb', '#1b7837']);
  const width = d3.scaleSqrt().domain([1, d3.max(edges, e => e.events)]).range([1, 8]);
  const svg = d3.select(box).append('svg').attr('id', 'network-svg').attr('viewBox', `0 0 ${W} ${H}`).attr('width', '100%');
  const link = svg.append('g').selectAll('line').data(links).join('line').attr('class', 'edge')
    .attr('stroke', e => colour(e.cooperation / e.events)).attr('stroke-width', e => width(e.events)).attr('stroke-opacity', 0.8);
  link.append('title').text(e => `${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`);
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'actor').style('cursor', 'pointer')
    .on('click', (_, n) => onActor(n.id));
  node.append('circle').attr('r', n => 4 + Math.sqrt(n.w) * 2).attr('fill', '#1f3b57');
  node.append('text').attr('x', 8).attr('y', 4).text(n => n.id);
  const sim = d3.forceSimulation(nodes).force('link', d3.forceLink(links).id(n => n.id).distance(90))
    .force('charge', d3.forceManyBody().strength(-250)).force('center', d3.forceCenter(W / 2, H / 2))
    .force('collide', d3.forceCollide(20));
  sim.on('tick', () => {
    link.attr('x1', e => e.source.x).attr('y1', e => e.source.y).attr('x2', e => e.target.x).attr('y2', e => e.target.y);
    node.attr('transform', n => `translate(${n.x},${n.y})`);
  });
}
