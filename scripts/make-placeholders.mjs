#!/usr/bin/env node
/**
 * Writes the neutral placeholder photos of the sample feed to demo/data/images/.
 *
 * The newsroom page the sample is made from describes photos but ships none, so each described
 * photo gets a calm blue-grey stand-in: a soft vertical gradient, a faint diagonal hatch and a
 * small "picture" glyph (sun and hills) in the middle. Nothing is fetched; the PNGs are written
 * with node:zlib only, and the output is deterministic, so re-running it changes no bytes.
 *
 *     node scripts/make-placeholders.mjs
 *
 * The width and height here are the ones `_mlo.image.width` / `height` in
 * demo/data/newsroom.json declare; change both together.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const WIDTH = 800;
const HEIGHT = 533; // 3:2, the shape of a press photo
const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'demo', 'data', 'images');

/** name → [top colour, bottom colour]: neighbouring blue-greys so the photos stay apart. */
const PLACEHOLDERS = {
  'saceur-mojsilovic': [
    [0xdd, 0xe3, 0xe9],
    [0xb4, 0xc0, 0xcc],
  ],
  'saceur-vucic': [
    [0xe0, 0xe3, 0xe6],
    [0xbb, 0xc1, 0xc8],
  ],
  'marinelli-dacic': [
    [0xda, 0xe1, 0xe3],
    [0xb0, 0xbd, 0xc2],
  ],
};

/** Round half to even, as the first (Python) version of this script did: same pixels. */
function roundEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const mix = (a, b, t) => a.map((x, i) => roundEven(x + (b[i] - x) * t));
const shade = (colour, delta) => colour.map((c) => Math.max(0, Math.min(255, c + delta)));

/** Sun and two hills inside a 160×110 frame centred on the image; 0 outside, 1 sun, 2 hills. */
function inGlyph(x, y) {
  const gx = x - Math.floor((WIDTH - 160) / 2);
  const gy = y - Math.floor((HEIGHT - 110) / 2);
  if (!(gx >= 0 && gx < 160 && gy >= 0 && gy < 110)) return 0;
  if ((gx - 118) ** 2 + (gy - 30) ** 2 <= 15 ** 2) return 1;
  // Two triangles standing on the frame's bottom edge.
  if (gy >= 110 - (55 - Math.abs(gx - 55)) * 1.2 || gy >= 110 - (45 - Math.abs(gx - 112)) * 1.1)
    return 2;
  return 0;
}

function pixelRow(top, bottom, y) {
  const base = mix(top, bottom, y / (HEIGHT - 1));
  const hatch = shade(base, -5);
  const sun = shade(base, 14);
  const hills = shade(base, -16);
  const row = Buffer.alloc(WIDTH * 3);
  for (let x = 0; x < WIDTH; x++) {
    const glyph = inGlyph(x, y);
    const colour = glyph === 1 ? sun : glyph === 2 ? hills : (x + y) % 24 === 0 ? hatch : base;
    row.set(colour, x * 3);
  }
  return row;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** The PNG filter line (type byte + data) that is smallest by the usual sum-of-bytes heuristic. */
function filtered(row, prev, bpp = 3) {
  let best;
  let bestCost = Infinity;
  for (let kind = 0; kind < 5; kind++) {
    const out = Buffer.alloc(row.length + 1);
    out[0] = kind;
    let cost = 0;
    for (let i = 0; i < row.length; i++) {
      const left = i >= bpp ? row[i - bpp] : 0;
      const up = prev[i];
      const upLeft = i >= bpp ? prev[i - bpp] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][kind];
      const value = (row[i] - predictor) & 0xff;
      out[i + 1] = value;
      cost += value < 128 ? value : 256 - value;
    }
    if (cost < bestCost) [best, bestCost] = [out, cost];
  }
  return best;
}

function chunk(kind, data) {
  const body = Buffer.concat([Buffer.from(kind, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function png(top, bottom) {
  const lines = [];
  let prev = Buffer.alloc(WIDTH * 3);
  for (let y = 0; y < HEIGHT; y++) {
    const row = pixelRow(top, bottom, y);
    lines.push(filtered(row, prev));
    prev = row;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(lines), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, [top, bottom]] of Object.entries(PLACEHOLDERS)) {
  const path = join(OUT, `${name}.png`);
  const data = png(top, bottom);
  writeFileSync(path, data);
  console.log(`${relative(ROOT, path)}  ${WIDTH}x${HEIGHT}  ${data.length} bytes`);
}
