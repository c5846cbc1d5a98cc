#!/usr/bin/env node
// egress-audit CLI: `scan` files and folders, `diff` two revisions or folders. Exit codes: 0 clean,
// 1 a finding at or above --fail-on, 2 usage or configuration error.
import { availableParallelism } from 'node:os';
import { VERSION } from '../version.js';

const HELP = `egress-audit ${VERSION} — find where Python code sends data out of its trust boundary

Usage:
  egress-audit scan [PATH...] [options]     scan files and folders (default: .)
  egress-audit diff --base REV|DIR --head REV|DIR [--repo DIR] [options]
                                            new and removed outbound integrations between two sides
  egress-audit merge FILE.json... [options]  combine the JSON results of \`scan --shard I/N\` jobs
  egress-audit -h, --help                   this help
  egress-audit -V, --version                the version

Run "egress-audit scan --help" or "egress-audit diff --help" for the options.
`;

export async function main(argv: string[]): Promise<number> {
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case '--version':
    case '-V': // capital, as git, ruff and semgrep: `-v` reads as --verbose
      io.stdout.write(`${VERSION}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout.write(HELP);
      return 0;
    case 'scan': {
      // Loaded on demand: `--version` and `--help` stay as fast as a bare node start.
      const { runScan } = await import('./scan.js');
      return runScan(rest, io, { defaultWorkers: Math.min(availableParallelism(), 4) });
    }
    case 'diff': {
      const { DIFF_USAGE, runDiff } = await import('./diff.js');
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(DIFF_USAGE);
        return 0;
      }
      return runDiff(rest, io);
    }
    case 'merge': {
      const { runMerge } = await import('./merge.js');
      return runMerge(rest, io);
    }
    default:
      io.stderr.write(`egress-audit: unknown command "${cmd}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`egress-audit: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
