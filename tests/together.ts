// Runs the npm scripts named at the same time (both cores busy), each printing its own output, and fails if any
// of them fails. Usage: node tests/together.ts format:check types test:unit
import { spawn } from 'node:child_process';

const codes = await Promise.all(
  process.argv.slice(2).map(
    (script) =>
      new Promise<number>((done) => {
        spawn('npm', ['run', '--silent', script], { stdio: 'inherit' }).on('close', (code) => {
          if (code !== 0) console.error(`npm run ${script} failed (exit code ${code})`);
          done(code ?? 1);
        });
      }),
  ),
);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
