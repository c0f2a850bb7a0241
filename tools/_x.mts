import { launchBrowser } from './browser.ts';
const b = await launchBrowser();
const shots: [string, string, number][] = [
  ['home-zh-390', '/', 390], ['home-en-1280', '/en/', 1280], ['services-zh-1280', '/services/', 1280],
  ['service-zh-390', '/services/hotline-12330/', 390], ['target-en-1280', '/en/targets/madrid-registrations/', 1280],
  ['search-zh-1280', '/search/?q=%E5%95%86%E6%A0%87', 1280], ['overseas-en-390', '/en/overseas/', 390],
  ['fc-hant-390', '/zh-hant/foreign-companies/#taiwan-hong-kong-macau', 390],
];
for (const [name, url, w] of shots) {
  const ctx = await b.newContext({ viewport: { width: w, height: 1100 } });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4401' + url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(url.includes('search') ? 2500 : 300);
  if (url.includes('search')) await page.evaluate(() => document.querySelector('.search-plan-group')?.scrollIntoView());
  await page.screenshot({ path: `/tmp/s12-${name}.png` });
  await ctx.close();
}
await b.close();
