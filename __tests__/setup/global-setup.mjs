// Jest global setup: a fresh dist/ (build-dist.mjs) and the bundled test dependencies (bundle-deps.mjs).
import buildDist from './build-dist.mjs';
import { bundleTestDeps } from './bundle-deps.mjs';

export default function globalSetup(globalConfig) {
  bundleTestDeps(globalConfig.rootDir);
  buildDist(globalConfig);
}
