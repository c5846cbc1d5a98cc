// The schema of .github/egress-audit.yml and the types of what it accepts: one source. Unknown keys are
// errors.
import * as T from '@sinclair/typebox';
import { CATEGORIES, RISKS } from '../model/taxonomy.js';
import { Enum, OrNull } from './typebox.js';

const opt = T.Optional;
const globs = T.Array(T.String({ minLength: 1, maxLength: 500 }));
const category = Enum(CATEGORIES);
const risk = Enum(RISKS);

const POLICY_ENTRY_SCHEMA = T.Object(
  {
    service: opt(T.String({ minLength: 1 })),
    host: opt(T.String({ pattern: '^(\\*\\.)?[A-Za-z0-9_.-]+(:\\d+)?$' })),
    category: opt(category),
    rule: opt(T.String({ minLength: 1 })),
    package: opt(
      T.String({
        pattern: '^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$',
        maxLength: 200,
        description: 'A PyPI distribution (compared PEP 503 normalised): matches dependency findings of that package.',
      }),
    ),
    paths: opt(globs),
    reason: opt(T.String()),
  },
  { additionalProperties: false, minProperties: 1 },
);

const HOST_MAPPING_SCHEMA = T.Object(
  {
    host: T.String({ pattern: '^[A-Za-z0-9_.-]+$' }),
    service: T.String({ minLength: 1 }),
    category,
  },
  { additionalProperties: false },
);

const CONFIG_OBJECT_SCHEMA = T.Object(
  {
    paths: opt(globs),
    exclude: opt(globs),
    'test-paths': opt(globs),
    allow: opt(T.Array(POLICY_ENTRY_SCHEMA)),
    deny: opt(T.Array(POLICY_ENTRY_SCHEMA)),
    'internal-domains': opt(T.Array(T.String({ pattern: '^[A-Za-z0-9_.-]+$' }))),
    // Keyed by rule id or category; checked against the loaded rules after loading.
    severity: opt(
      T.Unsafe<Record<string, T.Static<typeof risk>>>({
        type: 'object',
        propertyNames: { pattern: '^[a-z0-9]+(\\.[a-z0-9-]+)*$' },
        additionalProperties: risk,
      }),
    ),
    rules: opt(globs),
    hosts: opt(T.Array(HOST_MAPPING_SCHEMA)),
    // Bytes, or the action input's forms ("512k", "2m"), parsed by the loader.
    'max-file-size': opt(T.Unsafe<number | string>({ type: ['integer', 'string'], minimum: 1, maxLength: 40 })),
    'max-file-millis': opt(T.Integer({ minimum: 10 })),
  },
  { additionalProperties: false },
);

/** An empty file is the defaults. */
export const CONFIG_SCHEMA = OrNull(CONFIG_OBJECT_SCHEMA);

/** The config file as written, after validation. */
export type ConfigFile = T.Static<typeof CONFIG_OBJECT_SCHEMA>;
/** An allow or deny entry as written. */
export type RawPolicyEntry = T.Static<typeof POLICY_ENTRY_SCHEMA>;
/** A `hosts` entry: host -> service mapping. */
export type HostMapping = T.Static<typeof HOST_MAPPING_SCHEMA>;
