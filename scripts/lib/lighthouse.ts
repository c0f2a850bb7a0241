// Lighthouse (mobile, its default form factor and simulated throttling) against the built site served
// locally, in the same Chromium the tests use: the four category scores and the cumulative layout shift
// of each page. Used by `npm run bench`.
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchBrowser } from '../../tests/support/browser.ts';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Cumulative layout shift as Lighthouse measured it while loading the page. */
  cls: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** A free TCP port for Chromium's DevTools endpoint, which Lighthouse connects to. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs Lighthouse on each path of the site at `origin`, one page after another (it needs the whole CPU). */
export async function lighthouseScores(origin: string, paths: string[]): Promise<LighthouseScores[]> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  const results: LighthouseScores[] = [];
  try {
    for (const path of paths) {
      const run = await lighthouse(origin + path, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!run) throw new Error(`Lighthouse returned no result for ${path}`);
      const { categories, audits, runtimeError } = run.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${runtimeError.code} ${runtimeError.message}`);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      results.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** One page of each kind the issue names, in both languages. */
export const LIGHTHOUSE_PAGES = ['/', '/plan/', '/targets/', '/services/', '/overseas/', '/progress/'].flatMap((p) => [p, `/en${p}`]);

/** A table of the scores, flagging any page below 100 or with any layout shift. */
export function formatLighthouse(results: LighthouseScores[]): string {
  const head = 'Lighthouse (mobile)  Perf  A11y  BP    SEO   CLS';
  const rows = results.map((r) => {
    const ok = [r.performance, r.accessibility, r.bestPractices, r.seo].every((s) => s === 100) && r.cls === 0;
    const cells = [r.performance, r.accessibility, r.bestPractices, r.seo].map((s) => String(s).padEnd(6)).join('');
    return `${r.path.padEnd(21)}${cells}${r.cls.toFixed(3).padEnd(7)}${ok ? 'ok' : 'BELOW'}`;
  });
  return [head, ...rows].join('\n');
}
