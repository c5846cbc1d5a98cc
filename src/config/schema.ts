// JSON schema of .github/egress-audit.yml. Unknown keys are errors.
import { CATEGORIES, RISKS } from '../model/taxonomy.js';

const categories = [...CATEGORIES];
const risks = [...RISKS];
const globs = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 500 } };
const entry = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    service: { type: 'string', minLength: 1 },
    host: { type: 'string', pattern: '^(\\*\\.)?[A-Za-z0-9_.-]+(:\\d+)?$' },
    category: { enum: categories },
    rule: { type: 'string', minLength: 1 },
    paths: globs,
    reason: { type: 'string' },
  },
};

export const CONFIG_SCHEMA = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    paths: globs,
    exclude: globs,
    'test-paths': globs,
    allow: { type: 'array', items: entry },
    deny: { type: 'array', items: entry },
    'internal-domains': { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' } },
    severity: {
      type: 'object',
      propertyNames: { pattern: '^[a-z0-9]+(\\.[a-z0-9-]+)*$' },
      additionalProperties: { enum: risks },
    },
    rules: globs,
    hosts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['host', 'service', 'category'],
        properties: {
          host: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
          service: { type: 'string', minLength: 1 },
          category: { enum: categories },
        },
      },
    },
    // Bytes, or the action input's forms ("512k", "2m"), parsed by the loader.
    'max-file-size': { type: ['integer', 'string'], minimum: 1, maxLength: 40 },
    'max-file-millis': { type: 'integer', minimum: 10 },
  },
} as const;
