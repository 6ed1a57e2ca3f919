import * as d3 from 'd3';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { getJson, QUAD_COLOURS } from './api.js';

const countries = feature(world, world.objects.countries);

// The offline basemap (world-atlas, bundled) with one circle per place, sized by events and
// coloured by the place's most frequent quad class. Clicking a circle filters the table to it.
export async function drawMap(filter, onPlace) {
  const box = document.getElementById('map');
  let places;
  try {
    places = (await getJson('api/places', filter)).places;
  } catch (e) {
    box.textContent = e.message;
    return;
  }
  box.replaceChildren();
  const W = 960, H = 500;
  const projection = d3.geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const svg = d3.select(box).append('svg').attr('id', 'map-svg').attr('viewBox', `0 0 ${W} ${H}`).attr('width', '100%');
  svg.append('path').datum({ type: 'Sphere' }).attr('d', path).attr('fill', '#eaf2fa');
  svg.append('g').attr('class', 'countries').selectAll('path').data(countries.features).join('path')
    .attr('d', path).attr('fill', '#d9d9d9').attr('stroke', '#fff').attr('stroke-width', 0.5);
  const r = d3.scaleSqrt().domain([0, d3.max(places, p => p.events) || 1]).range([3, 20]);
  const dominant = p => [1, 2, 3, 4].reduce((a, q) => (p[`q${q}`] > p[`q${a}`] ? q : a), 1);
  svg.append('g').attr('class', 'places').selectAll('circle').data(places).join('circle')
    .attr('class', p => `place quad-${dominant(p)}`)
    .attr('cx', p => projection([p.lon, p.lat])[0]).attr('cy', p => projection([p.lon, p.lat])[1])
    .attr('r', p => r(p.events)).attr('fill', p => QUAD_COLOURS[dominant(p)]).attr('fill-opacity', 0.75).attr('stroke', '#333')
    .style('cursor', 'pointer').on('click', (_, p) => onPlace(p))
    .append('title').text(p => `${p.approximate ? p.names + ' (placed at the country centre)' : p.place} (${p.country ?? '?'}): ${p.events} events`);
  document.getElementById('map-note').textContent = `${places.length} places. Click one to list its events.`;
}
