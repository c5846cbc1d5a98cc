// The bundle under test. The jest global setup (__tests__/setup/build-dist.mjs) rebuilds dist/ when it
// does not match the sources; when that build fails it says so here, and the suites that run dist/ fail
// with the build's reason instead of testing a stale bundle.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/** dist/, after checking the global setup built it from the current sources. */
export function freshDist(): string {
  const error = process.env.EGRESS_AUDIT_DIST_BUILD_ERROR;
  if (error) throw new Error(error);
  if (!existsSync(join(DIST, 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build`');
  return DIST;
}
