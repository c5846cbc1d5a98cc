// One Ajv instance for the rule and config schemas (ajv is CommonJS: its class is on .default).
import ajvModule from 'ajv';
import type { ValidateFunction } from 'ajv';

const Ajv = ajvModule.default;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });

export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema);
}
