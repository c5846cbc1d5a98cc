// Octokit for the action: @actions/github's GitHub class (proxy-aware fetch, GHES base URL) plus
// retries on 5xx and network errors, throttling that honours retry-after on secondary rate limits,
// and a bounded time per HTTP request so a slow server cannot hang the job.
import { defaults, getOctokitOptions, GitHub } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { trimTrailingSlashes } from '../util/trim.js';

const Octokit = GitHub.plugin(retry, throttling);
export type Client = InstanceType<typeof Octokit>;

export interface ClientOptions {
  token: string;
  /** REST base URL; defaults to GITHUB_API_URL (read by @actions/github) or api.github.com. */
  baseUrl?: string;
  /** Per HTTP request, each retry included. */
  timeoutMs?: number;
  /** Milliseconds per unit of retry delay (plugin default 1000; tests lower it). */
  retryBaseMs?: number;
  /** Retries of 5xx/network errors. */
  retries?: number;
  log?: (message: string) => void;
  /** Throttling key: clients with different ids do not wait for each other's write spacing. */
  id?: string;
  /**
   * Tests: no real waits. Retry-after and backoff delays become 0 ms and writes are not spaced, while
   * retries and rate-limit handling still run (same attempts, same log lines). Never set in production.
   */
  noWaits?: boolean;
}

/** Write and notification limiters without Octokit's 1 s / 3 s spacing (one request at a time, as there). */
function unspacedGroups(): Pick<ThrottlingOptions, 'write' | 'notifications'> {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
}

type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

export function createClient(o: ClientOptions): Client {
  const timeoutMs = o.timeoutMs ?? 10_000;
  const base = (defaults.request?.fetch as FetchFn | undefined) ?? (globalThis.fetch as FetchFn);
  const fetchWithTimeout: FetchFn = async (url, init = {}) => {
    const t = AbortSignal.timeout(timeoutMs);
    try {
      return await base(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, t]) : t });
    } catch (err) {
      if (!t.aborted) throw err;
      // Named AbortError so Octokit passes it through unretried: a slow server costs one timeout, not four.
      const e = new Error(`GitHub API request timed out after ${timeoutMs} ms`);
      e.name = 'AbortError';
      throw e;
    }
  };
  const log = o.log ?? (() => undefined);
  const retryBase = o.noWaits ? 0 : (o.retryBaseMs ?? 1000);
  // Secondary limits: honour retry-after, but give up rather than stall a job for minutes.
  const onLimit =
    (kind: string) => (after: number, opts: { method: string; url: string }, _o: unknown, count: number) => {
      const again = count < 2 && after <= 60;
      log(
        `GitHub ${kind} rate limit on ${opts.method} ${opts.url}; ${again ? `retrying after ${after}s` : 'giving up'}`,
      );
      return again;
    };
  return new Octokit(
    getOctokitOptions(o.token, {
      ...(o.baseUrl ? { baseUrl: trimTrailingSlashes(o.baseUrl) } : {}),
      // Not request.retries: plugin-retry reads that on every failure and would retry 4xx too.
      request: { fetch: fetchWithTimeout },
      retry: { retryAfterBaseValue: retryBase, retries: o.retries ?? 3 },
      throttle: {
        ...(o.noWaits ? unspacedGroups() : {}),
        id: o.id ?? 'egress-audit',
        retryAfterBaseValue: retryBase,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    }),
  );
}

/** HTTP status of an Octokit error, when it has one. */
export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
