import fc from 'fast-check';

/**
 * Arbitraries for the fuzz suite. Each value class PostgreSQL or JavaScript cannot hold is here:
 * NUL bytes, integers beyond int4 and beyond 2^53, numbers spelled as "1e3", dates before year 1 or
 * after 9999. `valueFor` follows a route's JSON Schema so that one hostile value sits in an otherwise
 * valid request, which is what it takes to carry it past validation to the database.
 */

/** JSON Schema as z.toJSONSchema writes it; only what the arbitraries read. */
export type TJsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: TJsonSchema;
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  additionalProperties?: TJsonSchema | boolean;
  propertyNames?: TJsonSchema;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
  allOf?: TJsonSchema[];
  default?: unknown;
};

/** Ids of rows that exist, by the name of the parameter or field that names them. */
export type TIdPools = Record<string, string[]>;

const withNul = fc.string({ maxLength: 20 }).map((s) => `${s.slice(0, 1) || 'a'}\u0000${s}`);

export const hostileString = fc.oneof(
  fc.string(),
  withNul,
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '%',
    '../../etc/passwd',
    "'; DROP TABLE person; --",
    '😀',
    'a'.repeat(5000),
    '00000000-0000-4000-8000-000000000000',
    // Numbers a lenient parser takes: beyond int4, beyond 2^53, exponent, hex, padded.
    '2147483648',
    '-2147483649',
    '9007199254740993',
    '1e3',
    '0x10',
    ' 1',
    '1.5',
  ),
  fc.uuid(),
);

/** Integers at and beyond PostgreSQL's int4 and JavaScript's safe range. */
const edgeIntegers = fc.constantFrom(
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53,
  -(2 ** 53),
  2 ** 63,
  1e3,
  0,
  -1,
  1e308,
);

/** Calendar dates PostgreSQL refuses (year 0, beyond 9999) or JavaScript's Date shifts (years below 100). */
const edgeDates = fc.constantFrom(
  '0000-01-01',
  '0001-01-01',
  '0099-12-31',
  '9999-12-31',
  '10000-01-01',
  '+275760-09-13',
  '-000001-01-01',
  '2026-02-30',
  '1900-01-01',
);
const plausibleDates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dates = fc.oneof(edgeDates, plausibleDates);
const dateTimes = fc.oneof(
  dates.map((d) => `${d}T12:00:00Z`),
  fc.constantFrom('0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999+14:00'),
);

/** If-Match values: the versions the API writes, and the ones a lenient parser would take. */
const versionTags = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((n) => `"${n}"`),
  fc.constantFrom('"2147483648"', '"1e3"'),
  fc.constantFrom(
    '"2147483648"',
    '"9007199254740993"',
    '"1e3"',
    '"0x10"',
    '"-1"',
    '"0"',
    '""',
    'W/"3"',
    '3',
    '" 1"',
    '*',
    '"1", "2"',
  ),
  fc.integer().map((n) => `"${n}"`),
);

type TMode = 'json' | 'text';

function stringFor(schema: TJsonSchema, name: string, pools: TIdPools): fc.Arbitrary<string> {
  const pool = pools[name];
  if (pool && pool.length > 0) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, hostileString);
  if (schema.format === 'uuid') return fc.oneof(fc.uuid(), hostileString);
  if (schema.format === 'date') return dates;
  if (schema.format === 'date-time') return dateTimes;
  if (schema.format === 'email')
    return fc.oneof(
      fc.emailAddress(),
      withNul.map((s) => `${s}@example.nl`),
    );
  const valid =
    schema.pattern !== undefined
      ? fc.stringMatching(new RegExp(schema.pattern))
      : fc.string({
          minLength: schema.minLength ?? 0,
          maxLength: Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, 40)),
        });
  // A NUL placed inside a value of valid length, so only the NUL can be what is wrong with it.
  const nulInside = valid.map((s) => (s.length > 0 ? `${s.slice(0, -1)}\u0000` : '\u0000'));
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 2, arbitrary: nulInside }, hostileString);
}

function numberFor(schema: TJsonSchema, integer: boolean, mode: TMode): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1000;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 1000;
  const valid = integer
    ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })
    : fc.double({ min, max, noNaN: true });
  const any = fc.oneof({ weight: 3, arbitrary: valid }, edgeIntegers, fc.double());
  return mode === 'text' ? fc.oneof(any.map(String), hostileString) : any;
}

/** A value for one schema: mostly valid, with hostile values among them at every level. */
export function valueFor(
  schema: TJsonSchema | undefined,
  name: string,
  pools: TIdPools,
  mode: TMode = 'json',
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema === undefined || depth > 6) return mode === 'text' ? hostileString : fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, hostileString);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0)
    return fc.oneof(...alternatives.map((s) => valueFor(s, name, pools, mode, depth + 1)));
  if (schema.allOf?.[0]) return valueFor(schema.allOf[0], name, pools, mode, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, name, pools);
    case 'integer':
      return numberFor(schema, true, mode);
    case 'number':
      return numberFor(schema, false, mode);
    case 'boolean':
      return mode === 'text' ? fc.constantFrom('true', 'false', '1', 'yes', '\u0000') : fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valueFor(schema.items, name, pools, mode, depth + 1), { maxLength: 4 });
    case 'object':
      return objectFor(schema, pools, mode, depth);
    default:
      return mode === 'text' ? hostileString : fc.jsonValue({ maxDepth: 2 });
  }
}

function objectFor(schema: TJsonSchema, pools: TIdPools, mode: TMode, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const known = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, sub]) => [key, valueFor(sub, key, pools, mode, depth + 1)]),
    ),
    { requiredKeys: Object.keys(properties).filter((key) => required.includes(key)) },
  );
  if (typeof schema.additionalProperties !== 'object') return known;
  // A record such as answers by indicator id: keys from the pool of that kind of row.
  const keyName = schema.propertyNames?.format === 'uuid' ? 'indicator' : '';
  const keys = valueFor(schema.propertyNames ?? { type: 'string' }, keyName, pools, 'text', depth + 1).map(String);
  const extra = fc.dictionary(keys, valueFor(schema.additionalProperties, '', pools, mode, depth + 1), { maxKeys: 6 });
  return fc.tuple(known, extra).map(([a, b]) => ({ ...b, ...(a as object) }));
}

const pollution = fc.constantFrom(
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__": {"isAdmin": true}}') as object,
  { constructor: { prototype: { x: 1 } } },
);
const deep = fc.integer({ min: 50, max: 2000 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
});

/** A body: drawn from the route's schema, or of any shape at all. */
export function hostileBody(schema: TJsonSchema | undefined, pools: TIdPools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: valueFor(schema, '', pools) },
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 12 }),
    pollution,
    deep,
    fc.array(fc.integer(), { maxLength: 20_000 }),
    fc.constant(undefined),
  );
}

/** Characters an HTTP header value can carry at all; the rest never reaches the API. */
const headerSafe = (value: unknown) => String(value).replace(/[^\x20-\x7e]/g, '');

/** Request headers: If-Match on every route, and what the route's schema names. */
export function hostileHeaders(schema: TJsonSchema | undefined, pools: TIdPools): fc.Arbitrary<Record<string, string>> {
  const named = Object.entries(schema?.properties ?? {}).filter(([key]) => key !== 'if-match');
  return fc
    .record(
      {
        'if-match': versionTags,
        ...Object.fromEntries(named.map(([key, sub]) => [key, valueFor(sub, key, pools, 'text')])),
      },
      { requiredKeys: [] },
    )
    .map((headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, headerSafe(v)])));
}
