import { launchBrowser } from './browser.ts';
const b = await launchBrowser();
for (const [w, name] of [[390, 'm'], [1280, 'd']] as const) {
  const ctx = await b.newContext({ viewport: { width: w, height: 844 } });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4401/en/', { waitUntil: 'networkidle' });
  await page.screenshot({ path: `/tmp/en-home-${name}.png` });
  await ctx.close();
}
await b.close();
