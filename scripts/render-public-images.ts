import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
/**
 * `npm run images`: draws the app icons and the social-share card in
 * public/ from app/icon.svg, in a headless Chromium. Run it after changing the icon; the PNGs are
 * committed, because crawlers and home screens need raster images and the build should not need a
 * browser. The images carry no brand name, so rebranding stays one edit of site.yaml.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser';

const root = path.join(import.meta.dirname, '..');
const icon = await readFile(path.join(root, 'app/icon.svg'), 'utf8');
const iconUrl = `data:image/svg+xml,${encodeURIComponent(icon)}`;

/** A square icon; `padding` leaves the safe zone that maskable icons need (Android crops to a circle). */
const square = (size: number, padding = 0) => `
  <body style="margin:0;width:${size}px;height:${size}px;background:${padding ? '#0f7c7a' : 'transparent'}">
    <img src="${iconUrl}" style="display:block;width:${size - 2 * padding}px;height:${size - 2 * padding}px;margin:${padding}px">
  </body>`;

/** 1200x630, the size Open Graph and X cards display without cropping: the mark over a search field. */
const card = `
  <body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:56px;
               background:radial-gradient(circle at 30% 20%,#14a09c,#0f7c7a 45%,#042a2b)">
    <img src="${iconUrl}" style="width:200px;height:200px;border-radius:44px;box-shadow:0 24px 60px rgba(0,0,0,.35)">
    <div style="width:720px;height:88px;border-radius:44px;background:#fff;display:flex;align-items:center;gap:28px;padding:0 36px;box-sizing:border-box;box-shadow:0 16px 40px rgba(0,0,0,.25)">
      <svg width="40" height="40" viewBox="0 0 24 24" fill="none" stroke="#0d6361" stroke-width="2.5" stroke-linecap="round"><circle cx="11" cy="11" r="7"/><path d="m20 20-4-4"/></svg>
      <div style="height:18px;width:420px;border-radius:9px;background:#d5f3f1"></div>
    </div>
  </body>`;

const images: { file: string; html: string; width: number; height: number }[] = [
  { file: 'favicon-32.png', html: square(32), width: 32, height: 32 },
  { file: 'icon-192.png', html: square(192), width: 192, height: 192 },
  { file: 'icon-512.png', html: square(512), width: 512, height: 512 },
  { file: 'icon-maskable-512.png', html: square(512, 80), width: 512, height: 512 },
  { file: 'apple-touch-icon.png', html: square(180, 18), width: 180, height: 180 },
  { file: 'social-card.png', html: card, width: 1200, height: 630 },
];

const browser = await chromium.launch(launchOptions);
for (const image of images) {
  const page = await browser.newPage({ viewport: { width: image.width, height: image.height } });
  await page.setContent(image.html, { waitUntil: 'load' });
  await page.screenshot({ path: path.join(root, 'public', image.file), omitBackground: true });
  await page.close();
  console.log(`public/${image.file}`);
}
await browser.close();

// favicon.ico, which browsers ask for whatever the page links: one 32 px PNG in an ICO container
// (a 6-byte header and one 16-byte directory entry before the PNG itself).
const pngPath = path.join(root, 'public', 'favicon-32.png');
const png = readFileSync(pngPath);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png.length, 14); // image size
header.writeUInt32LE(22, 18); // image offset
writeFileSync(path.join(root, 'public', 'favicon.ico'), Buffer.concat([header, png]));
unlinkSync(pngPath);
console.log('public/favicon.ico');
