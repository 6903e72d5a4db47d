// The command and the API built from source (scripts/build-server.mjs, run by `npm run
// test:node` before these tests), and a way to run the command as a real process.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** Every element's tag, from the one list (src/elements.json). */
export const ELEMENTS = JSON.parse(readFileSync(`${root}src/elements.json`, 'utf8')).elements.map(
  (element) => element.tag,
);
export const built = `${root}node_modules/.cache/mlo-server`;
export const fixture = (name) => `${root}tests/fixtures/feeds/${name}`;
export const demoFeedPath = `${root}demo/data/newsroom.json`;

const command = (args) => [
  '--input-type=module',
  '-e',
  `import { main } from ${JSON.stringify(`${built}/cli.js`)}; process.exitCode = await main(process.argv.slice(1));`,
  ...args,
];

/** Runs `mlo-newsroom ...args` in its own Node process: { code, stdout, stderr }. */
export function cli(...args) {
  const run = spawnSync(process.execPath, command(args), {
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same without blocking this process (for a server in this process to answer). */
export function cliAsync(...args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      command(args),
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export const api = () => import(`${built}/index.js`);
