#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VERSION
} from "./chunk-7RMU2GWJ.js";
import "./chunk-7BOAENXZ.js";

// src/cli/main.ts
import { availableParallelism } from "node:os";
var HELP = `egress-audit ${VERSION} \u2014 find where Python code sends data out of its trust boundary

Usage:
  egress-audit scan [PATH...] [options]     scan files and folders (default: .)
  egress-audit diff --base REV|DIR --head REV|DIR [--repo DIR] [options]
                                            new and removed outbound integrations between two sides
  egress-audit merge FILE.json... [options]  combine the JSON results of \`scan --shard I/N\` jobs
  egress-audit -h, --help                   this help
  egress-audit -V, --version                the version

Run "egress-audit scan --help" or "egress-audit diff --help" for the options.
`;
async function main(argv) {
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "--version":
    case "-V":
      io.stdout.write(`${VERSION}
`);
      return 0;
    case void 0:
    case "--help":
    case "-h":
    case "help":
      io.stdout.write(HELP);
      return 0;
    case "scan": {
      const { runScan } = await import("./chunk-6TWPJCKR.js");
      return runScan(rest, io, { defaultWorkers: Math.min(availableParallelism(), 4) });
    }
    case "diff": {
      const { DIFF_USAGE, runDiff } = await import("./chunk-XOWPXCMS.js");
      if (rest.includes("--help") || rest.includes("-h")) {
        io.stdout.write(DIFF_USAGE);
        return 0;
      }
      return runDiff(rest, io);
    }
    case "merge": {
      const { runMerge } = await import("./chunk-QBSZEH46.js");
      return runMerge(rest, io);
    }
    default:
      io.stderr.write(`egress-audit: unknown command "${cmd}"

${HELP}`);
      return 2;
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`egress-audit: internal error: ${e instanceof Error ? e.message : String(e)}
`);
    process.exitCode = 2;
  }
);
export {
  main
};
