// The checks every committed server config must pass on the real server (tests/deploy/*.test.ts): the
// server is started on 127.0.0.1 with a throw-away certificate, serving both builds npm test makes, and
// asked over HTTP/2 what a reader's browser would ask; then Chromium reads the site through it.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../../tools/browser.ts';
import { makeCertificate, type Certificate } from './certificate.ts';
import { SERVER_NAME } from './derive.ts';
import { freePort, type Ports, type Started } from './processes.ts';
import { http2Client, httpGet, type Answer, type Http2Client } from './requests.ts';
import { BUILDS, HTML, MISSING, cachedAs, samples, type Build } from './samples.ts';
import { serveCopy, WASM_PROBE, type ServedSite } from './servedSite.ts';

const SECURITY_HEADERS = JSON.parse(readFileSync('deploy/security-headers.json', 'utf8')) as Record<string, string>;

export interface ServerUnderTest {
  name: string;
  configFile: string;
  /** The program's own check of the config, e.g. nginx -t. */
  configCheck: string;
  start(dir: string, site: ServedSite, ports: Ports, cert: Certificate): Promise<Started & { configTest: string }>;
  /** The warnings in what the config check said, but those the config accepts on purpose. */
  unexpectedWarnings(configTest: string): string[];
}

interface Running {
  server: Started & { configTest: string };
  ports: Ports;
  client: Http2Client;
}

export function describeRealServer(under: ServerUnderTest): void {
  describe(`${under.name} with ${under.configFile}, on the real server`, () => {
    let work: string | undefined;
    const running = new Map<Build, Running>();
    let cert: Certificate;
    let browser: Browser | undefined;
    const answers = new Map<string, Promise<Answer>>();
    const get = (build: Build, path: string) => {
      const key = `${build.dir} ${path}`;
      if (!answers.has(key)) answers.set(key, running.get(build)!.client.get(path));
      return answers.get(key)!;
    };

    // A server that cannot start (not installed, config rejected) fails every test with the reason.
    let failedToStart: unknown;
    beforeAll(async () => {
      try {
        work = mkdtempSync(join(tmpdir(), `deploy-${under.name}-`));
        // nginx started as root reads files as an unprivileged worker, which must be able to pass through.
        chmodSync(work, 0o755);
        cert = makeCertificate(work, SERVER_NAME);
        for (const [i, build] of BUILDS.entries()) {
          const site = serveCopy(build.dir, build.base, join(work, `root-${i}`));
          const ports = { http: await freePort(), https: await freePort() };
          const dir = join(work, `server-${i}`);
          mkdirSync(dir);
          const server = await under.start(dir, site, ports, cert);
          running.set(build, { server, ports, client: await http2Client(ports.https, cert.pem) });
        }
      } catch (error) {
        failedToStart = error;
      }
    });
    beforeEach(() => {
      if (failedToStart) throw failedToStart;
    });
    afterAll(async () => {
      await browser?.close();
      for (const { client, server } of running.values()) {
        client.close();
        await server.stop();
      }
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it(`accepts the config (${under.configCheck}) without warnings`, () => {
      for (const { server } of running.values()) expect(under.unexpectedWarnings(server.configTest)).toEqual([]);
    });

    describe.each(BUILDS)('serving $dir under "$base/"', (build) => {
      it('answers HTTPS over HTTP/2', () => {
        expect(running.get(build)!.client.alpn()).toBe('h2');
      });

      it.each(samples(build))('sends $what ($path) as its type', async ({ path, type }) => {
        const answer = await get(build, path);
        expect(answer.status).toBe(200);
        expect(answer.headers['content-type']).toMatch(type);
      });

      it.each(samples(build))('sends $what with every security header', async ({ path }) => {
        const { headers } = await get(build, path);
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(headers[name.toLowerCase()], name).toBe(value);
      });

      it.each(samples(build))('lets browsers keep $what $caching', async ({ path, caching }) => {
        const { headers } = await get(build, path);
        expect(cachedAs(headers['cache-control'], caching), headers['cache-control']).toBe(true);
      });

      it.each(MISSING)('answers %s with the 404 page, status 404, its headers and no long caching', async (path) => {
        const answer = await get(build, build.base + path);
        expect(answer.status).toBe(404);
        expect(answer.headers['content-type']).toMatch(HTML);
        expect(answer.body.toString('utf8')).toBe(readFileSync(join(build.dir, '404.html'), 'utf8'));
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(answer.headers[name.toLowerCase()], name).toBe(value);
        expect(cachedAs(answer.headers['cache-control'], 'revalidated'), answer.headers['cache-control']).toBe(true);
      });

      it('sends plain HTTP to the same address over HTTPS', async () => {
        const path = `${build.base}/plan/?from=http`;
        const answer = await httpGet(running.get(build)!.ports.http, path);
        expect([301, 308]).toContain(answer.status);
        const location = new URL(answer.headers.location);
        expect([location.protocol, location.hostname, location.pathname + location.search]).toEqual([
          'https:',
          SERVER_NAME,
          path,
        ]);
      });

      it('sends an address without its final slash to the page', async () => {
        const answer = await get(build, `${build.base}/plan`);
        expect([301, 308]).toContain(answer.status);
        const location = new URL(answer.headers.location, `https://${SERVER_NAME}`);
        expect([location.protocol, location.pathname]).toEqual(['https:', `${build.base}/plan/`]);
      });

      describe('in Chromium', () => {
        const origin = () => `https://${SERVER_NAME}:${running.get(build)!.ports.https}`;
        // One tab for the build, as one reader would use: each new context costs a renderer process.
        let tab: Page | undefined;
        const openTab = async () => {
          browser ??= await launchBrowser([
            `--host-resolver-rules=MAP ${SERVER_NAME} 127.0.0.1`,
            '--ignore-certificate-errors',
          ]);
          return (tab ??= await (await browser.newContext()).newPage());
        };

        it('shows the home page, styled (a page sent with the wrong type would be downloaded)', async () => {
          const page = await openTab();
          const response = await page.goto(`${origin()}${build.base}/`);
          expect(response?.status()).toBe(200);
          expect(await page.evaluate(() => document.contentType)).toBe('text/html');
          await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
          const styled = await page.$$eval('link[rel="stylesheet"]', (links) =>
            links.map((l) => (l as HTMLLinkElement).sheet !== null),
          );
          expect(styled.length).toBeGreaterThan(0);
          expect(styled.every(Boolean)).toBe(true);
        });

        it('compiles WebAssembly as it streams in (which needs application/wasm)', async () => {
          const page = await openTab();
          await page.goto(`${origin()}${build.base}/`);
          const compile = (wasm: string) => WebAssembly.compileStreaming(fetch(wasm)).then(() => 'compiled');
          expect(await page.evaluate(compile, `${build.base}${WASM_PROBE}`)).toBe('compiled');
        });

        it.each([
          ['', '马德里'],
          ['/en', 'Madrid'],
        ])('finds pages with the search page at %s/search/', async (lang, query) => {
          const page = await openTab();
          await page.goto(`${origin()}${build.base}${lang}/search/?q=${encodeURIComponent(query)}`);
          const first = page.locator('[data-search-results] a').first();
          await first.waitFor();
          expect(new URL((await first.getAttribute('href'))!, page.url()).pathname.startsWith(`${build.base}/`)).toBe(
            true,
          );
        });
      });
    });
  });
}
