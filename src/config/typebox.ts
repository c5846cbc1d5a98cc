// TypeBox builders for the two schema shapes whose Ajv errors the YAML loader words today. TypeBox would
// write an enum or a type union as `anyOf`, whose errors name every branch; these keep the plain JSON
// Schema keywords (`enum`, `type: [a, b]`) and so the messages "expected one of …", "expected object,null".
import * as T from '@sinclair/typebox';

/** `{ enum: values }`, typed as one of the values. */
export function Enum<const V extends readonly string[]>(
  values: V,
  options: T.SchemaOptions = {},
): T.TUnsafe<V[number]> {
  return T.Unsafe<V[number]>({ ...options, enum: [...values] });
}

/** `schema` that also accepts null (an empty YAML file), as `type: [object, null]`. */
export function OrNull<S extends T.TObject>(schema: S): T.TUnsafe<T.Static<S> | null> {
  return T.Unsafe<T.Static<S> | null>({ ...schema, type: ['object', 'null'] });
}
