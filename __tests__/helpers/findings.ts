// Hand-built findings, rules and comparisons for the report tests.

import type { Comparison, Finding, Integration, Rule, ScanResult } from '../../src/types.js';
import { emptyResult } from '../../src/scan/scan.js';

let counter = 0;

export function makeFinding(over: Partial<Finding> = {}): Finding {
  counter += 1;
  return {
    ruleId: 'ai.openai',
    category: 'ai',
    service: 'OpenAI',
    destination: { host: 'api.openai.com', source: 'default', scheme: 'https' },
    risk: 'medium',
    file: 'src/app.py',
    startLine: 10,
    startColumn: 5,
    endLine: 10,
    endColumn: 42,
    snippet: 'client.chat.completions.create(model=m)',
    callee: 'openai.OpenAI().chat.completions.create',
    kind: 'send',
    credentials: ['OPENAI_API_KEY'],
    dataSources: ['prompt'],
    cwe: [201],
    tags: [],
    fingerprint: `fp-${counter.toString(16).padStart(8, '0')}`,
    ...over,
  };
}

export function makeRule(over: Partial<Rule> = {}): Rule {
  return {
    id: 'ai.openai',
    family: 'openai',
    source: 'rules/openai.yml',
    name: 'OpenAI API request',
    service: 'OpenAI',
    category: 'ai',
    risk: 'medium',
    cwe: [201],
    precision: 'high',
    modules: ['openai'],
    packages: [],
    clients: [],
    sends: [],
    inits: [],
    connects: [],
    constructorHostArgs: [],
    generic: false,
    clientSites: false,
    claimsDecoded: false,
    localWhen: [],
    hostFromCalls: [],
    claimsPaths: [],
    runsCode: [],
    runsFile: [],
    destinationCwe: { cleartext: [319], parameter: [918] },
    imports: [],
    hostArgs: [],
    hosts: ['api.openai.com'],
    credentials: ['OPENAI_API_KEY'],
    docs: {
      detects: 'Calls to the OpenAI API that send prompts and data to OpenAI.',
      why: 'Prompts can carry user data to a third party.',
      example: 'from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o", messages=msgs)\n',
      resolve: 'Allowlist the integration in the config, or route through an approved proxy.',
      references: ['https://platform.openai.com/docs/api-reference'],
    },
    ...over,
  };
}

export const RULES: Rule[] = [
  makeRule(),
  makeRule({
    id: 'telemetry.sentry',
    family: 'sentry',
    name: 'Sentry SDK initialisation',
    service: 'Sentry',
    category: 'telemetry',
    risk: 'high',
    cwe: [201, 359],
    hosts: ['*.ingest.sentry.io'],
    credentials: ['SENTRY_DSN'],
  }),
  makeRule({
    id: 'covert.dns-exfil',
    family: 'covert',
    name: 'Data encoded into DNS lookups',
    service: 'DNS',
    category: 'covert',
    risk: 'critical',
    cwe: [201, 514],
    credentials: [],
  }),
  makeRule({ id: 'network.unused', name: 'Unused rule', service: 'HTTP', category: 'network' }),
];

export function makeIntegration(over: Partial<Integration> = {}): Integration {
  return {
    service: 'OpenAI',
    category: 'ai',
    destination: 'api.openai.com',
    risk: 'medium',
    ruleIds: ['ai.openai'],
    credentials: ['OPENAI_API_KEY'],
    dataSources: ['prompt'],
    sites: [{ file: 'src/app.py', line: 10 }],
    ...over,
  };
}

export function makeComparison(over: Partial<Comparison> = {}): Comparison {
  return {
    newFindings: [],
    removedFindings: [],
    newIntegrations: [],
    removedIntegrations: [],
    changedDestinations: [],
    headFindings: [],
    addedSuppressions: [],
    policyChanges: [],
    changedFiles: [],
    skipped: [],
    notes: [],
    ...over,
  };
}

export function makeScanResult(over: Partial<ScanResult> = {}): ScanResult {
  return {
    ...emptyResult(),
    ...over,
  };
}

/** A varied, deterministic set of findings across rules, risks and statuses. */
export function sampleFindings(): Finding[] {
  return [
    makeFinding({ fingerprint: 'a1' }),
    makeFinding({
      ruleId: 'telemetry.sentry',
      category: 'telemetry',
      service: 'Sentry',
      risk: 'high',
      destination: { host: 'o1.ingest.sentry.io', source: 'literal' },
      callee: 'sentry_sdk.init',
      kind: 'init',
      file: 'svc/main.py',
      startLine: 3,
      startColumn: 1,
      endLine: 5,
      endColumn: 2,
      snippet: 'sentry_sdk.init(\n  dsn=DSN,\n)',
      credentials: ['SENTRY_DSN'],
      dataSources: [],
      cwe: [201, 359],
      fingerprint: 'b2',
    }),
    makeFinding({
      ruleId: 'covert.dns-exfil',
      category: 'covert',
      service: 'DNS',
      risk: 'critical',
      destination: { source: 'dynamic', detail: 'f-string' },
      callee: 'socket.gethostbyname',
      kind: 'covert',
      file: 'x/evil.py',
      credentials: [],
      fingerprint: 'c3',
      suppressed: { justification: 'reviewed by security', line: 9 },
    }),
    makeFinding({ file: 'src/other.py', allowed: { by: 'allow[0]' }, fingerprint: 'd4', tags: ['test'] }),
  ];
}
