// Starts a server program for a test and makes sure it ends: stop() in the test's afterAll, and a last kill
// when the test process exits, so a failing test never leaves a server behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** The two ports a test server listens on, both on 127.0.0.1. */
export interface Ports {
  http: number;
  https: number;
}

export interface Started {
  stop(): Promise<void>;
  /** What the program has written to stdout and stderr so far. */
  output(): string;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Runs `program` in the foreground and waits until every port in `ports` accepts connections. */
export async function startProgram(
  program: string,
  args: string[],
  ports: number[],
  env: Record<string, string> = {},
): Promise<Started> {
  const child = spawn(program, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    running.delete(child);
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${program} stopped at once:\n${output}`);
    if ((await Promise.all(ports.map(portAnswers))).every(Boolean)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${program} did not open ports ${ports.join(', ')} within 15 s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { stop, output: () => output };
}

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      server.close(() => done(address.port));
    });
  });
}
