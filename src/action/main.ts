// The GitHub Action: decide revisions from the event, compare base and head with the base's policy,
// write SARIF, the job summary and outputs, post one sticky PR comment, then apply the gate. The gate
// never depends on GitHub API calls succeeding. Only this layer imports @actions/*.
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluateGate, type GateResult } from '../pipeline/gate.js';
import { runComparison, runFullScan, type RunOutput } from '../pipeline/run.js';
import { gitSnapshot, repoRoot } from '../diff/git.js';
import { pullBaseViaApi, type RepoRef } from '../github/api-snapshot.js';
import { createClient, type ClientOptions } from '../github/client.js';
import { DEFAULT_MARKER, upsertComment, type UpsertOutcome } from '../github/comment.js';
import { renderComment, renderResolvedComment, renderSummary } from '../report/comment.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { writeHtmlReport } from './html-report.js';
import { fail, formatProblem, ok, type Problem, type Result } from '../result.js';
import type { RepoContext } from '../types.js';
import { annotateFindings, countingCore } from './annotations.js';
import { actionsCore, type ActionCore } from './core.js';
import { planRevisions, type Plan } from './event.js';
import { checkWorkingDirectory, readInputs, type Inputs } from './inputs.js';
import { fitBytes, integrationsJson, uploadTarget } from './outputs.js';
import { baseFallback, resolvePlan, type Resolved } from './revisions.js';
import { VERSION } from '../version.js';
import { trimTrailingSlashes } from '../util/trim.js';

/** How a run reaches the runner and GitHub: the runner's by default; tests pass their own. */
export interface RunDeps {
  core: ActionCore;
  /** Extra GitHub client options (tests: `noWaits`). */
  client?: Pick<ClientOptions, 'noWaits' | 'timeoutMs'>;
}

/** Runs the action; returns the process exit code (1 when the gate or the run failed). */
export async function run(
  env: NodeJS.ProcessEnv = process.env,
  deps: RunDeps = { core: actionsCore },
): Promise<number> {
  const core = deps.core;
  try {
    return await runInner(env, deps);
  } catch (err) {
    // Last resort: a bug must not print a stack trace as the only message.
    core.setFailed(`egress-audit failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
    if (err instanceof Error && err.stack) core.debug(err.stack);
    return 1;
  }
}

function failWith(core: ActionCore, problems: Problem[], prefix = 'egress-audit'): number {
  core.setFailed(`${prefix}:\n${problems.map(formatProblem).join('\n')}`);
  return 1;
}

async function runInner(env: NodeJS.ProcessEnv, runnerDeps: RunDeps): Promise<number> {
  // Every annotation is counted, so the findings' annotations fit GitHub's per-step limits.
  const { core, used } = countingCore(runnerDeps.core);
  const deps: RunDeps = { ...runnerDeps, core };
  const parsed = readInputs((name) => core.getInput(name));
  if (!parsed.ok) return failWith(core, parsed.problems, 'Invalid inputs');
  const inputs = parsed.value;
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const workDir = resolve(workspace, inputs.workingDirectory);
  const badDir = checkWorkingDirectory(workDir, inputs.workingDirectory);
  if (badDir) return failWith(core, [badDir], 'Invalid inputs');

  const event = readEvent(core, env.GITHUB_EVENT_PATH);
  const planned = planRevisions(
    { eventName: env.GITHUB_EVENT_NAME ?? '', payload: event, ref: env.GITHUB_REF ?? '' },
    inputs.baseRef,
    inputs.headRef,
  );
  if (!planned.ok) return failWith(core, planned.problems);

  // Paths are repo-root relative (SARIF needs that); working-directory narrows the scope.
  const top = await repoRoot(workDir);
  const repo = top.ok ? top.value.root : workDir;
  const prefix = top.ok ? top.value.prefix : '';
  const scope = prefix ? (inputs.paths.length ? inputs.paths.map((p) => `${prefix}/${p}`) : [prefix]) : inputs.paths;
  if (!top.ok && planned.value.kind === 'diff') return failWith(core, top.problems);

  // On pull requests a base commit that cannot be fetched is read through the GitHub API instead.
  const viaApi = apiFallbackRepo(env, inputs);
  const resolved = top.ok
    ? await resolvePlan(repo, planned.value, { deferMissingBase: viaApi !== undefined })
    : ok<Resolved>({ plan: planned.value, warnings: [], info: [] });
  if (!resolved.ok) return failWith(core, resolved.problems);
  for (const w of resolved.value.warnings) core.warning(w);
  for (const i of resolved.value.info) core.info(i);
  const plan = resolved.value.plan;
  core.info(
    `egress-audit ${VERSION}: ${plan.kind === 'diff' ? `comparing ${plan.base.slice(0, 12)}..${plan.head.slice(0, 12)}` : 'full scan'} (${plan.why})`,
  );

  const baseMissing = resolved.value.baseMissing;
  const analysed =
    baseMissing && viaApi && plan.kind === 'diff'
      ? await analyseMissingBase(deps, plan, baseMissing, viaApi, env, inputs, repo, scope)
      : await analyse(plan, inputs, repo, scope);
  if (!analysed.ok) return failWith(core, analysed.problems, 'egress-audit could not load its policy or revisions');
  const out = analysed.value;
  for (const line of out.log) core.info(line);
  for (const w of out.config.warnings) core.warning(formatProblem(w), { file: w.file, startLine: w.line });
  const cmp = out.comparison;

  // SARIF: head findings of the changed files (full scan: everything).
  const sarifPath = resolve(workspace, inputs.sarifFile);
  const ctx = repoContext(env, plan.kind === 'diff' ? plan.head : (out.headSha ?? env.GITHUB_SHA ?? ''));
  const sarif = toSarif({
    findings: cmp.headFindings,
    rules: out.rules.rules,
    skipped: cmp.skipped,
    notes: cmp.notes,
    version: VERSION,
    automationId: inputs.category,
    // Where viewers (VS Code, code scanning) find the sources: the repository, commit and branch.
    provenance: env.GITHUB_REPOSITORY
      ? {
          repositoryUri: `${trimTrailingSlashes(ctx.serverUrl)}/${ctx.repository}`,
          revisionId: ctx.sha || undefined,
          branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
        }
      : undefined,
  });
  for (const w of sarif.warnings) core.warning(w);
  try {
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, serializeSarif(sarif.log));
  } catch (err) {
    return failWith(core, [{ file: sarifPath, message: `cannot write SARIF: ${(err as Error).message}` }]);
  }

  const gate = evaluateGate(cmp, {
    failOn: inputs.failOn,
    warnOnly: inputs.warnOnly,
    allowPrSuppressions: inputs.allowPrSuppressions,
    // Pull requests: a changed file that could not be analysed fails unless fail-on-unanalysed is false.
    // Full scans (default branch, schedule) list such files with a warning.
    scope: plan.kind === 'diff' ? 'pull-request' : 'full-scan',
    unanalysed: plan.kind === 'diff' && inputs.failOnUnanalysed ? 'fail' : 'warn',
  });
  const marker = markerFor(inputs.category);
  const renderOpts = { marker, gate, category: inputs.category };
  const body = renderComment(cmp, ctx, renderOpts);

  if (inputs.htmlReport) {
    const written = writeHtmlReport(workspace, inputs.htmlReport, {
      mode: plan.kind === 'diff' ? 'diff' : 'scan',
      comparison: cmp,
      gate,
      files: out.files ?? cmp.changedFiles,
      revision:
        plan.kind === 'diff'
          ? { base: plan.base.slice(0, 12), head: plan.head.slice(0, 12) }
          : { head: ctx.sha.slice(0, 12) },
      ctx,
      version: VERSION,
    });
    if (!written.ok) return failWith(core, written.problems);
    core.info(`HTML report: ${written.value}`);
  }

  await writeSummary(
    core,
    fitBytes((maxChars) => renderSummary(cmp, ctx, { ...renderOpts, maxChars })),
  );

  let comment: UpsertOutcome = { action: 'skipped' };
  const prNumber = plan.kind === 'diff' ? plan.prNumber : undefined;
  if (prNumber !== undefined && inputs.commentMode !== 'never') {
    comment = await postComment(deps, env, inputs, prNumber, {
      body,
      degradedBody: renderComment(cmp, ctx, { ...renderOpts, maxChars: 4000 }),
      resolvedBody: renderResolvedComment(ctx, { marker }),
      failing: gate.wouldFail,
      marker,
    });
    if (comment.warning) core.warning(comment.warning);
    else core.info(`PR comment ${comment.action}${comment.url ? `: ${comment.url}` : ''}`);
  }

  setOutputs(core, sarifPath, workspace, gate, cmp, comment, body, plan);
  annotateFindings(core, used, cmp, gate);
  return applyGate(core, gate);
}

async function analyse(plan: Plan, inputs: Inputs, repo: string, scope: string[]): Promise<Result<RunOutput>> {
  if (plan.kind === 'full')
    return runFullScan(repo, { kind: 'file', path: inputs.configFile }, scope, inputs.maxFileSize, inputs.cacheDir);
  return runComparison({
    sides: { kind: 'git', repo, base: plan.base, head: plan.head, useMergeBase: plan.prNumber !== undefined },
    // Policy from the base revision, so a PR cannot lower its own result.
    config: { kind: 'base', path: inputs.configFile },
    paths: scope,
    maxFileBytes: inputs.maxFileSize,
  });
}

/** Where to read a missing PR base from: only on pull_request events (the PR's files describe base..head). */
function apiFallbackRepo(env: NodeJS.ProcessEnv, inputs: Inputs): RepoRef | undefined {
  const event = env.GITHUB_EVENT_NAME;
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined;
  if (inputs.baseRef || inputs.headRef || !inputs.token) return undefined;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/**
 * The PR base commit is not in the checkout and could not be fetched: read the changed files at base
 * (and the base policy) through the GitHub API, head from the checkout. When the API fails too, compare
 * with the tip of the base branch.
 */
async function analyseMissingBase(
  deps: RunDeps,
  plan: Extract<Plan, { kind: 'diff' }>,
  why: string,
  ref: RepoRef,
  env: NodeJS.ProcessEnv,
  inputs: Inputs,
  repo: string,
  scope: string[],
): Promise<Result<RunOutput>> {
  const core = deps.core;
  const gh = createClient({
    token: inputs.token,
    baseUrl: env.GITHUB_API_URL,
    log: (m) => core.info(m),
    ...deps.client,
  });
  const api = await pullBaseViaApi(gh, ref, plan.prNumber as number, plan.base);
  let apiWhy: string;
  if (api.ok) {
    const { changes, notes, base } = api.value;
    core.warning(
      `${why}. Base commit ${plan.base.slice(0, 12)} not available locally; read the ${changes.length} changed ` +
        `files at base through the GitHub API.`,
    );
    const r = await runComparison({
      sides: {
        kind: 'snapshots',
        repo,
        changes,
        notes,
        base,
        head: gitSnapshot(repo, plan.head),
        baseSha: plan.base,
        headSha: plan.head,
      },
      config: { kind: 'base', path: inputs.configFile },
      paths: scope,
      maxFileBytes: inputs.maxFileSize,
    });
    if (r.ok) return r;
    apiWhy = r.problems.map(formatProblem).join('; ');
  } else apiWhy = api.problems.map(formatProblem).join('; ');
  const fb = await baseFallback(repo, plan, `${why}; reading the base through the GitHub API failed too (${apiWhy})`);
  if (!fb.ok)
    return fail(
      { file: 'base commit', message: why },
      { file: 'GitHub API fallback', message: `reading the base through the GitHub API failed too: ${apiWhy}` },
      ...fb.problems,
    );
  for (const w of fb.value.warnings) core.warning(w);
  return analyse(fb.value.plan, inputs, repo, scope);
}

function readEvent(core: ActionCore, path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const v: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch (err) {
    core.warning(`Cannot read the event payload ${path}: ${(err as Error).message}`);
    return {};
  }
}

function repoContext(env: NodeJS.ProcessEnv, sha: string): RepoContext {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY || 'owner/repo';
  const runUrl = env.GITHUB_RUN_ID
    ? `${trimTrailingSlashes(serverUrl)}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  return { serverUrl, repository, sha, runUrl };
}

/** One sticky comment per SARIF category, so two configured jobs do not overwrite each other. */
export function markerFor(category: string): string {
  if (category === 'egress-audit/' || !category) return DEFAULT_MARKER;
  return `<!-- egress-audit:pr-comment:${category.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100)} -->`;
}

async function writeSummary(core: ActionCore, markdown: string): Promise<void> {
  try {
    await core.writeSummary(markdown);
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`);
  }
}

async function postComment(
  deps: RunDeps,
  env: NodeJS.ProcessEnv,
  inputs: Inputs,
  issueNumber: number,
  c: { body: string; degradedBody: string; resolvedBody: string; failing: boolean; marker: string },
): Promise<UpsertOutcome> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!inputs.token)
    return {
      action: 'failed',
      warning: 'No github-token: the PR comment was not posted (the job summary has the report).',
    };
  if (!owner || !repo)
    return { action: 'failed', warning: 'GITHUB_REPOSITORY is not set: the PR comment was not posted.' };
  const gh = createClient({
    token: inputs.token,
    baseUrl: env.GITHUB_API_URL,
    log: (m) => deps.core.info(m),
    ...deps.client,
  });
  return upsertComment(gh, {
    owner,
    repo,
    issueNumber,
    mode: inputs.commentMode,
    authors: inputs.commentAuthors,
    ...c,
  });
}

function setOutputs(
  core: ActionCore,
  sarifPath: string,
  workspace: string,
  gate: GateResult,
  cmp: RunOutput['comparison'],
  comment: UpsertOutcome,
  body: string,
  plan: Plan,
): void {
  const rel = relative(workspace, sarifPath);
  core.setOutput('sarif-file', rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : sarifPath);
  core.setOutput('new-findings', String(gate.countedNew));
  core.setOutput('new-integrations', integrationsJson(cmp));
  core.setOutput('highest-new-risk', gate.highestNewRisk);
  core.setOutput('comment-content', comment.body ?? body);
  core.setOutput('comment-id', comment.commentId !== undefined ? String(comment.commentId) : '');
  const target = uploadTarget(plan);
  core.setOutput('sarif-ref', target.ref);
  core.setOutput('sarif-sha', target.sha);
}

function applyGate(core: ActionCore, gate: GateResult): number {
  if (gate.failed) {
    core.setFailed(gate.message);
    return 1;
  }
  if (gate.warnOnly) core.warning(`warn-only: the gate would fail.\n${gate.message}`);
  if (gate.warning) core.warning(gate.warning);
  return 0;
}

// Entry point when run as dist/index.js (not when imported by tests).
function isMain(): boolean {
  try {
    return !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}
if (isMain()) {
  void run().then((code) => {
    process.exitCode = code;
  });
}
