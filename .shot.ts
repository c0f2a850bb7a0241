// ad-hoc screenshots: node .shot.ts <dist> <width> <fontScale> <name> <url...>
import { startServer } from './tools/staticServer.ts';
import { launchBrowser } from './tools/browser.ts';
const [dist, width, scale, name, ...urls] = process.argv.slice(2);
const { server, origin } = await startServer(dist);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 844 } });
let i = 0;
for (const url of urls) {
  const [path, action] = url.split('|');
  await page.goto(origin + path);
  if (scale !== '100') await page.evaluate((s) => (document.documentElement.style.fontSize = `${s}%`), scale);
  if (action === 'menu') await page.click('.language-menu summary');
  await page.screenshot({ path: `/tmp/shots/${name}-${i++}.png`, fullPage: false });
}
await browser.close();
server.close();
