// Bundles the page into one script (d3, topojson-client and the world-atlas basemap inlined) and
// copies the HTML and CSS beside it. Run by the Maven build: node build.mjs OUTDIR
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? 'dist';
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome110'],
  loader: { '.json': 'json' },
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) {
  copyFileSync(join('src', f), join(out, f));
}
