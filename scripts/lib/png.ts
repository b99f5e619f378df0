/**
 * Makes a screenshot PNG smaller with nothing but node:zlib: the picture is reduced to a
 * palette of at most 256 colours (median cut, weighted by how many pixels have each
 * colour; each pixel takes its nearest palette colour) and written as an indexed PNG.
 * A workbench screenshot has a few thousand colours, most of them the edges of
 * anti-aliased text, so the result looks the same at a third of the size or less; a
 * picture that already has 256 colours or fewer is kept exactly. Reads what Chromium
 * writes (8-bit RGB or RGBA, not interlaced); anything else is returned unchanged.
 */
import * as zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** CRC-32 of PNG chunks (the zlib polynomial). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The pixels as 0xRRGGBB numbers, or undefined for a PNG this reader does not handle. */
function decode(png: Buffer): { width: number; height: number; pixels: Uint32Array } | undefined {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return undefined;
  let width = 0;
  let height = 0;
  let bpp = 0;
  const idat: Buffer[] = [];
  for (let i = 8; i + 8 <= png.length; ) {
    const length = png.readUInt32BE(i);
    const type = png.toString('latin1', i + 4, i + 8);
    const data = png.subarray(i + 8, i + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      if (depth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6)) return undefined;
      bpp = colorType === 2 ? 3 : 4;
    } else if (type === 'IDAT') idat.push(data);
    i += 12 + length;
  }
  if (!bpp) return undefined;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = new Uint32Array(width * height);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? line[x - bpp]! : 0;
      const b = prev[x]!;
      const c = x >= bpp ? prev[x - bpp]! : 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (line[x]! + add) & 0xff;
    }
    for (let x = 0; x < width; x++) pixels[y * width + x] = (line[x * bpp]! << 16) | (line[x * bpp + 1]! << 8) | line[x * bpp + 2]!;
    prev = line;
  }
  return { width, height, pixels };
}

const channel = (color: number, k: number): number => (color >> (16 - 8 * k)) & 0xff;

/** At most `size` colours for the histogram: boxes split at the weighted median of their widest channel. */
function medianCut(histogram: Map<number, number>, size: number): number[] {
  if (histogram.size <= size) return [...histogram.keys()];
  let boxes: number[][] = [[...histogram.keys()]];
  while (boxes.length < size) {
    // Split the box with the most pixels that can still be split.
    let best = -1;
    let bestWeight = -1;
    boxes.forEach((box, i) => {
      if (box.length < 2) return;
      const weight = box.reduce((s, c) => s + histogram.get(c)!, 0);
      if (weight > bestWeight) [best, bestWeight] = [i, weight];
    });
    if (best < 0) break;
    const box = boxes[best]!;
    const ranges = [0, 1, 2].map((k) => Math.max(...box.map((c) => channel(c, k))) - Math.min(...box.map((c) => channel(c, k))));
    const k = ranges.indexOf(Math.max(...ranges));
    box.sort((p, q) => channel(p, k) - channel(q, k));
    let half = bestWeight / 2;
    let cut = 1;
    for (; cut < box.length - 1; cut++) {
      half -= histogram.get(box[cut - 1]!)!;
      if (half <= 0) break;
    }
    boxes = [...boxes.slice(0, best), box.slice(0, cut), box.slice(cut), ...boxes.slice(best + 1)];
  }
  // Each box's colour: the pixel-weighted mean of its colours.
  return boxes.map((box) => {
    const sum = [0, 0, 0];
    let n = 0;
    for (const c of box) {
      const w = histogram.get(c)!;
      for (let k = 0; k < 3; k++) sum[k]! += channel(c, k) * w;
      n += w;
    }
    const [r, g, b] = sum.map((s) => Math.round(s / n));
    return (r! << 16) | (g! << 8) | b!;
  });
}

/** The PNG reduced to an indexed PNG of at most 256 colours, or `png` itself when that is not smaller. */
export function quantizePng(png: Buffer): Buffer {
  const image = decode(png);
  if (!image) return png;
  const { width, height, pixels } = image;
  const histogram = new Map<number, number>();
  for (const c of pixels) histogram.set(c, (histogram.get(c) ?? 0) + 1);
  const palette = medianCut(histogram, 256);
  const index = new Map<number, number>();
  for (const c of histogram.keys()) {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((p, i) => {
      const d = (channel(c, 0) - channel(p, 0)) ** 2 * 3 + (channel(c, 1) - channel(p, 1)) ** 2 * 4 + (channel(c, 2) - channel(p, 2)) ** 2 * 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    index.set(c, best);
  }
  // Filter type 0 on every row: indexed pictures compress best unfiltered.
  const raw = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = index.get(pixels[y * width + x]!)!;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 3;
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => plte.writeUIntBE(c, i * 3, 3));
  const out = Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
  return out.length < png.length ? out : png;
}
