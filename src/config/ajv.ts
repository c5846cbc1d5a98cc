// One Ajv instance for the rule and config schemas (ajv is CommonJS: its class is on .default). The
// schemas are TypeBox objects (plain JSON Schema), so the validator is typed with what they accept.
import type { Static, TSchema } from '@sinclair/typebox';
import ajvModule from 'ajv';
import type { ValidateFunction } from 'ajv';

const Ajv = ajvModule.default;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });

export function compileSchema<S extends TSchema>(schema: S): ValidateFunction<Static<S>> {
  return ajv.compile<Static<S>>(schema);
}
