import { launchBrowser } from './browser.ts';
const b = await launchBrowser();
for (const [w, url, name] of [[1280, '/', 'd'], [1280, '/en/', 'de'], [390, '/', 'm']] as const) {
  const ctx = await b.newContext({ viewport: { width: w, height: 500 } });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4401' + url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `/tmp/hdr-${name}.png`, clip: { x: 0, y: 0, width: w, height: 200 } });
  await ctx.close();
}
await b.close();
