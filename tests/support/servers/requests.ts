// Real requests to a test server on 127.0.0.1, addressed to the host name the config serves (so TLS and the
// server's host matching work as for a reader): HTTPS over HTTP/2, trusting only the test's certificate,
// and plain HTTP for the redirect.
import { request as httpRequest } from 'node:http';
import { connect, type ClientHttp2Session } from 'node:http2';
import type { LookupFunction } from 'node:net';
import { SERVER_NAME } from './derive.ts';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Resolves every name to 127.0.0.1: the server name never reaches a real DNS server. */
const loopback = ((_host: string, options: { all?: boolean }, done: (...args: unknown[]) => void) =>
  options.all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)) as LookupFunction;

const flat = (headers: Record<string, string | string[] | number | undefined>) =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => !name.startsWith(':'))
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]),
  );

export interface Http2Client {
  /** The protocol TLS agreed on (ALPN): "h2" for HTTP/2. */
  alpn(): string | false | undefined;
  get(path: string): Promise<Answer>;
  close(): void;
}

/** An HTTP/2 connection to the server, opened again when the server has closed an idle one. */
export async function http2Client(port: number, ca: string): Promise<Http2Client> {
  let session: ClientHttp2Session | undefined;
  const open = async () => {
    if (session && !session.closed && !session.destroyed) return session;
    const opened = connect(`https://${SERVER_NAME}:${port}`, { ca, lookup: loopback });
    await new Promise<void>((done, fail) => opened.once('connect', () => done()).once('error', fail));
    return (session = opened);
  };
  await open();
  return {
    alpn: () => session?.alpnProtocol,
    get: async (path) => {
      const stream = (await open()).request({ ':path': path });
      return new Promise((done, fail) => {
        const chunks: Buffer[] = [];
        let head: Record<string, string | string[] | number | undefined> = {};
        stream.on('response', (h) => (head = h));
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () =>
          done({ status: Number(head[':status']), headers: flat(head), body: Buffer.concat(chunks) }),
        );
        stream.on('error', fail);
      });
    },
    close: () => session?.close(),
  };
}

/** A plain-HTTP GET, as a reader typing the address without https:// sends it. */
export function httpGet(port: number, path: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host: SERVER_NAME } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: flat(res.headers), body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}
