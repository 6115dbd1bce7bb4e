// Size arithmetic of image exports: printed size to pixels, and the canvas limits that cap a raster (and say why).
import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pixelsForPrint, planRaster, pointsForCm, scaleFor } from '../../src/lib/render/export/image-size';
import { pngSize, withResolution } from '../../src/lib/render/export/png-resolution';

describe('print sizes', () => {
  it('300 dpi at 17 cm is 2008 pixels wide', () => {
    expect(pixelsForPrint(17, 300)).toBe(2008);
  });

  it('a print size becomes the scale that makes the page that wide', () => {
    expect(scaleFor({ mode: 'print', widthCm: 17, dpi: 300 }, 1004)).toBe(2);
    expect(scaleFor({ mode: 'scale', scale: 3 }, 1004)).toBe(3);
  });

  it('A4 is 595 points wide', () => {
    expect(pointsForCm(21)).toBeCloseTo(595.28, 1);
  });
});

describe('canvas limits', () => {
  it('keeps a size within the limits as asked', () => {
    expect(planRaster(1920, 1080, 2)).toEqual({ width: 3840, height: 2160, scale: 2 });
  });

  it('caps a too-wide image at the side limit and says so', () => {
    const plan = planRaster(10000, 1000, 4, { maxSide: 16384, maxArea: 1e9 });
    expect(plan.width).toBe(16384);
    expect(plan.height).toBe(1638);
    expect(plan.capped).toMatch(/Asked for 40000 × 4000 pixels; made 16384 × 1638/);
    expect(plan.capped).toMatch(/16,384 pixels a side/);
    expect(plan.capped).toMatch(/export SVG or PDF/);
  });

  it('caps a too-large area and says so', () => {
    const plan = planRaster(5000, 5000, 4, { maxSide: 1e6, maxArea: 64 * 1024 * 1024 });
    expect(plan.width * plan.height).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect(plan.capped).toMatch(/67 million pixels/);
  });

  it('never exceeds the limits and keeps the proportions (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50000 }),
        fc.integer({ min: 1, max: 50000 }),
        fc.double({ min: 0.1, max: 8, noNaN: true }),
        (width, height, scale) => {
          const plan = planRaster(width, height, scale);
          expect(Math.max(plan.width, plan.height)).toBeLessThanOrEqual(16384);
          expect(plan.width * plan.height).toBeLessThanOrEqual(64 * 1024 * 1024);
          // Proportions stay, within the rounding of whole pixels.
          const drift = Math.abs((plan.width / plan.height) * (height / width) - 1);
          if (Math.min(plan.width, plan.height) >= 10)
            expect(drift).toBeLessThanOrEqual(2 / Math.min(plan.width, plan.height));
        },
      ),
    );
  });
});

describe('PNG resolution', () => {
  // A 1 × 1 PNG: signature, IHDR, IDAT, IEND.
  const png = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  );

  it('writes a pHYs chunk after the header, keeping the size readable', () => {
    const withDpi = withResolution(png, 300);
    expect(pngSize(withDpi)).toEqual({ width: 1, height: 1 });
    const chunk = Buffer.from(withDpi.subarray(33, 54));
    expect(chunk.subarray(4, 8).toString('latin1')).toBe('pHYs');
    expect(chunk.readUInt32BE(8)).toBe(11811); // 300 dpi in pixels per metre
    expect(chunk[16]).toBe(1);
  });

  it('computes the chunk checksum the way PNG readers check it', () => {
    const chunk = Buffer.from(withResolution(png, 96).subarray(33, 54));
    // 96 dpi (3780 px/m) ends "95 2B 0E 1B" in files from common encoders; Node's own CRC-32 agrees.
    expect(chunk.readUInt32BE(17)).toBe(0x952b0e1b);
    expect(chunk.readUInt32BE(17)).toBe(crc32(chunk.subarray(4, 17)));
  });
});
