import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// package.json
var package_default = {
  name: "egress-audit",
  version: "0.1.0",
  description: "GitHub Action and CLI that finds where Python code sends data out of its trust boundary",
  keywords: [
    "egress",
    "data-exfiltration",
    "telemetry",
    "privacy",
    "python",
    "static-analysis",
    "sarif",
    "code-scanning",
    "github-action",
    "security"
  ],
  homepage: "https://github.com/egress-audit/egress-audit#readme",
  bugs: {
    url: "https://github.com/egress-audit/egress-audit/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/egress-audit/egress-audit.git"
  },
  license: "MIT",
  type: "module",
  bin: {
    "egress-audit": "dist/cli.js"
  },
  files: [
    "dist",
    "!dist/index.js",
    "CHANGELOG.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    package: "node scripts/build.mjs",
    typecheck: "tsc -p .",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    jest: "node --experimental-vm-modules node_modules/jest/bin/jest.js",
    test: "npm run typecheck && npm run lint && npm run format:check && npm run build && npm run jest",
    coverage: "npm run jest -- --coverage",
    demo: "node dist/cli.js diff --base examples/base --head examples/head --config examples/egress-audit.yml --sarif out/egress-audit.sarif --markdown out/comment.md",
    bench: "node bench/run.mjs",
    docs: "node scripts/gen-docs.mjs",
    "new-rule": "node scripts/new-rule.mjs"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@eslint/js": "9.39.5",
    "@microsoft/sarif-multitool": "5.7.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@sinclair/typebox": "0.34.52",
    "@types/jest": "30.0.0",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    "@types/sarif": "2.1.7",
    ajv: "8.20.0",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    jest: "30.5.2",
    picomatch: "4.0.7",
    prettier: "3.10.1",
    "puppeteer-core": "25.16.0",
    "smol-toml": "1.9.1",
    "tree-sitter-python": "0.25.0",
    "ts-jest": "29.4.15",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    "web-tree-sitter": "0.27.2",
    yaml: "2.9.1"
  },
  allowScripts: {
    "@microsoft/sarif-multitool-linux": true,
    esbuild: true
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
