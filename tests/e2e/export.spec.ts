/**
 * Export a still: the Share dialog's PNG at 1× and 2× is the map's size (plus title and footer bands),
 * twice as many pixels at 2×, and shows the map, not a blank canvas.
 */
import { readFile } from 'node:fs/promises';
import { test, expect, openApp } from './harness.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('Download PNG at 1× and 2×: the map with title, date, legend, scale and attribution', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26&map=9/39.85/46.75');
  const map = (await page.locator('#map').boundingBox())!;
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });

  const sizes: { width: number; height: number }[] = [];
  for (const [name, scale] of [
    ['Download PNG', 1],
    ['Download PNG at 2× (print)', 2],
  ] as const) {
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(
      `karabakh-peacekeeping-map-2022-03-26${scale > 1 ? '@2x' : ''}.png`,
    );
    const png = await readFile((await file.path())!);
    const size = pngSize(png);
    sizes.push(size);
    expect(size.width).toBe(Math.round(map.width * scale));
    // title band above and footer below the map
    expect(size.height).toBeGreaterThan(Math.round((map.height + 80) * scale));

    // decode it in the page and look at its pixels
    const stats = await page.evaluate(
      async ({ b64, top, mapHeight, scale }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const colours = (y0: number, y1: number) => {
          const px = ctx.getImageData(0, y0, img.width, y1 - y0).data;
          const seen = new Set<number>();
          let dark = 0;
          for (let i = 0; i < px.length; i += 4) {
            seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
            if (px[i]! + px[i + 1]! + px[i + 2]! < 200) dark++;
          }
          return { colours: seen.size, dark };
        };
        return {
          title: colours(0, top * scale),
          map: colours(top * scale, (top + mapHeight) * scale),
          footer: colours((top + mapHeight) * scale, img.height),
        };
      },
      { b64: png.toString('base64'), top: 52, mapHeight: map.height, scale },
    );
    // the map drew: land, districts, zone, labels (a blank or cleared canvas is one colour)
    expect(stats.map.colours).toBeGreaterThan(200);
    // text in the title band and the footer (legend labels, scale, attribution)
    expect(stats.title.dark).toBeGreaterThan(100 * scale);
    expect(stats.footer.dark).toBeGreaterThan(300 * scale);
  }
  expect(sizes[1]!.width).toBe(sizes[0]!.width * 2);
  expect(sizes[1]!.height).toBe(sizes[0]!.height * 2);

  // the page's own map is back at its pixel ratio
  expect(
    await page.evaluate(() =>
      (
        window as unknown as { __app: { map: { getPixelRatio(): number } } }
      ).__app.map.getPixelRatio(),
    ),
  ).toBe(1);
});
