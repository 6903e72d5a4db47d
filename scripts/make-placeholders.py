#!/usr/bin/env python3
"""Writes the neutral placeholder photos of the sample feed to demo/data/images/.

The newsroom page the sample is made from describes photos but ships none, so each described
photo gets a calm blue-grey stand-in: a soft vertical gradient, a faint diagonal hatch and a
small "picture" glyph (sun and hills) in the middle. Nothing is fetched; the PNGs are written
with zlib and struct only, and the output is deterministic, so re-running it changes no bytes.

    python3 scripts/make-placeholders.py

The width and height here are the ones `_mlo.image.width` / `height` in
demo/data/newsroom.json declare; change both together.
"""
import struct
import zlib
from pathlib import Path

WIDTH, HEIGHT = 800, 533  # 3:2, the shape of a press photo
OUT = Path(__file__).resolve().parent.parent / 'demo' / 'data' / 'images'

# name -> (top colour, bottom colour): neighbouring blue-greys so the photos stay apart.
PLACEHOLDERS = {
    'saceur-mojsilovic': ((0xDD, 0xE3, 0xE9), (0xB4, 0xC0, 0xCC)),
    'saceur-vucic': ((0xE0, 0xE3, 0xE6), (0xBB, 0xC1, 0xC8)),
    'marinelli-dacic': ((0xDA, 0xE1, 0xE3), (0xB0, 0xBD, 0xC2)),
}


def mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def shade(colour, delta):
    return tuple(max(0, min(255, c + delta)) for c in colour)


def in_glyph(x, y):
    """Sun and two hills inside a 160x110 frame centred on the image; 0 outside, 1 sun, 2 hills."""
    left, top = (WIDTH - 160) // 2, (HEIGHT - 110) // 2
    gx, gy = x - left, y - top
    if not (0 <= gx < 160 and 0 <= gy < 110):
        return 0
    if (gx - 118) ** 2 + (gy - 30) ** 2 <= 15 ** 2:
        return 1
    # Two triangles standing on the frame's bottom edge.
    if gy >= 110 - (55 - abs(gx - 55)) * 1.2 or gy >= 110 - (45 - abs(gx - 112)) * 1.1:
        return 2
    return 0


def pixel_rows(top, bottom):
    for y in range(HEIGHT):
        base = mix(top, bottom, y / (HEIGHT - 1))
        hatch = shade(base, -5)
        sun = shade(base, 14)
        hills = shade(base, -16)
        row = bytearray()
        for x in range(WIDTH):
            glyph = in_glyph(x, y)
            if glyph == 1:
                row += bytes(sun)
            elif glyph == 2:
                row += bytes(hills)
            elif (x + y) % 24 == 0:
                row += bytes(hatch)
            else:
                row += bytes(base)
        yield bytes(row)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filtered(row, prev, bpp=3):
    """The PNG filter line (type byte + data) that is smallest by the usual sum-of-bytes heuristic."""
    candidates = []
    for kind in range(5):
        out = bytearray([kind])
        for i, value in enumerate(row):
            left = row[i - bpp] if i >= bpp else 0
            up = prev[i]
            upleft = prev[i - bpp] if i >= bpp else 0
            predictor = (0, left, up, (left + up) // 2, paeth(left, up, upleft))[kind]
            out.append((value - predictor) & 0xFF)
        candidates.append(out)
    return min(candidates, key=lambda line: sum(b if b < 128 else 256 - b for b in line[1:]))


def chunk(kind, data):
    body = kind + data
    return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)


def png(top, bottom):
    raw = bytearray()
    prev = bytes(WIDTH * 3)
    for row in pixel_rows(top, bottom):
        raw += filtered(row, prev)
        prev = row
    header = struct.pack('>IIBBBBB', WIDTH, HEIGHT, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b'')


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (top, bottom) in PLACEHOLDERS.items():
        path = OUT / f'{name}.png'
        data = png(top, bottom)
        path.write_bytes(data)
        print(f'{path.relative_to(OUT.parent.parent.parent)}  {WIDTH}x{HEIGHT}  {len(data)} bytes')


if __name__ == '__main__':
    main()
