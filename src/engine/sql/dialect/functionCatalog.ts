/**
 * The Trino functions LakeLab knows, by the name a query uses: arity, result type and the SQLite
 * function that computes it (`trino_*` are JavaScript functions registered by
 * `registerTrinoFunctions`; the others are SQLite built-ins with the same semantics).
 * Semantics follow https://trino.io/docs/current/functions.html (Athena engine v3 is Trino).
 */
export interface FunctionSpec {
  kind: 'scalar' | 'aggregate' | 'window';
  min: number;
  max: number;
  /** The SQLite function to call; `trino_<name>` when omitted. */
  sql?: string;
  /**
   * Result type. `$0` = type of the first argument, `$elem0` = its element type (array) or
   * value type (map), `$array0` = array of the first argument's type, `$map01` = map of args 0, 1.
   */
  ret: string;
}

const F = (
  kind: FunctionSpec['kind'],
  min: number,
  max: number,
  ret: string,
  sql?: string,
): FunctionSpec => ({ kind, min, max, ret, sql });
const S = (min: number, max: number, ret: string, sql?: string) => F('scalar', min, max, ret, sql);
const A = (min: number, max: number, ret: string, sql?: string) =>
  F('aggregate', min, max, ret, sql);
const W = (min: number, max: number, ret: string) => F('window', min, max, ret, '');
const ANY = 255;

export const FUNCTIONS: Record<string, FunctionSpec> = {
  // Aggregates — https://trino.io/docs/current/functions/aggregate.html
  count: A(0, 1, 'bigint', 'count'),
  sum: A(1, 1, '$sum', 'sum'),
  avg: A(1, 1, 'double', 'avg'),
  min: A(1, 1, '$0', 'min'),
  max: A(1, 1, '$0', 'max'),
  count_if: A(1, 1, 'bigint', 'count'),
  bool_and: A(1, 1, 'boolean', 'min'),
  every: A(1, 1, 'boolean', 'min'),
  bool_or: A(1, 1, 'boolean', 'max'),
  arbitrary: A(1, 1, '$0'),
  any_value: A(1, 1, '$0', 'trino_arbitrary'),
  max_by: A(2, 2, '$0'),
  min_by: A(2, 2, '$0'),
  approx_distinct: A(1, 2, 'bigint', 'count'),
  approx_percentile: A(2, 2, '$0'),
  stddev: A(1, 1, 'double', 'trino_stddev_samp'),
  stddev_samp: A(1, 1, 'double'),
  stddev_pop: A(1, 1, 'double'),
  variance: A(1, 1, 'double', 'trino_var_samp'),
  var_samp: A(1, 1, 'double'),
  var_pop: A(1, 1, 'double'),
  array_agg: A(1, 1, '$array0'),
  map_agg: A(2, 2, '$map01'),
  // Window functions — https://trino.io/docs/current/functions/window.html
  row_number: W(0, 0, 'bigint'),
  rank: W(0, 0, 'bigint'),
  dense_rank: W(0, 0, 'bigint'),
  percent_rank: W(0, 0, 'double'),
  cume_dist: W(0, 0, 'double'),
  ntile: W(1, 1, 'bigint'),
  lag: W(1, 3, '$0'),
  lead: W(1, 3, '$0'),
  first_value: W(1, 1, '$0'),
  last_value: W(1, 1, '$0'),
  nth_value: W(2, 2, '$0'),
  // Conditional — https://trino.io/docs/current/functions/conditional.html
  coalesce: S(1, ANY, '$common', 'coalesce'),
  nullif: S(2, 2, '$0', 'nullif'),
  greatest: S(2, ANY, '$common', 'max'),
  least: S(2, ANY, '$common', 'min'),
  // Date and time — https://trino.io/docs/current/functions/datetime.html
  date_parse: S(2, 2, 'timestamp'),
  parse_datetime: S(2, 2, 'timestamp(3) with time zone'),
  date_format: S(2, 2, 'varchar'),
  format_datetime: S(2, 2, 'varchar'),
  from_iso8601_timestamp: S(1, 1, 'timestamp(3) with time zone'),
  from_iso8601_date: S(1, 1, 'date'),
  to_iso8601: S(1, 1, 'varchar'),
  date_trunc: S(2, 2, '$1'),
  date_add: S(3, 3, '$2'),
  date_diff: S(3, 3, 'bigint'),
  year: S(1, 1, 'bigint'),
  quarter: S(1, 1, 'bigint'),
  month: S(1, 1, 'bigint'),
  week: S(1, 1, 'bigint'),
  week_of_year: S(1, 1, 'bigint', 'trino_week'),
  day: S(1, 1, 'bigint'),
  day_of_month: S(1, 1, 'bigint', 'trino_day'),
  day_of_week: S(1, 1, 'bigint'),
  dow: S(1, 1, 'bigint', 'trino_day_of_week'),
  day_of_year: S(1, 1, 'bigint'),
  doy: S(1, 1, 'bigint', 'trino_day_of_year'),
  year_of_week: S(1, 1, 'bigint'),
  yow: S(1, 1, 'bigint', 'trino_year_of_week'),
  hour: S(1, 1, 'bigint'),
  minute: S(1, 1, 'bigint'),
  second: S(1, 1, 'bigint'),
  millisecond: S(1, 1, 'bigint'),
  to_unixtime: S(1, 1, 'double'),
  from_unixtime: S(1, 1, 'timestamp(3) with time zone'),
  last_day_of_month: S(1, 1, 'date'),
  date: S(1, 1, 'date'),
  current_timezone: S(0, 0, 'varchar'),
  // Strings — https://trino.io/docs/current/functions/string.html
  length: S(1, 1, 'bigint', 'length'),
  lower: S(1, 1, 'varchar'),
  upper: S(1, 1, 'varchar'),
  trim: S(1, 3, 'varchar'),
  ltrim: S(1, 2, 'varchar'),
  rtrim: S(1, 2, 'varchar'),
  lpad: S(3, 3, 'varchar'),
  rpad: S(3, 3, 'varchar'),
  reverse: S(1, 1, '$0'),
  replace: S(2, 3, 'varchar'),
  substr: S(2, 3, 'varchar'),
  substring: S(2, 3, 'varchar', 'trino_substr'),
  concat: S(1, ANY, '$concat'),
  concat_ws: S(2, ANY, 'varchar'),
  split: S(2, 3, 'array(varchar)'),
  split_part: S(3, 3, 'varchar'),
  strpos: S(2, 3, 'bigint'),
  position: S(2, 2, 'bigint', 'trino_strpos'),
  starts_with: S(2, 2, 'boolean'),
  chr: S(1, 1, 'varchar'),
  codepoint: S(1, 1, 'integer'),
  levenshtein_distance: S(2, 2, 'bigint'),
  url_extract_host: S(1, 1, 'varchar'),
  url_extract_path: S(1, 1, 'varchar'),
  url_extract_query: S(1, 1, 'varchar'),
  url_extract_parameter: S(2, 2, 'varchar'),
  // Regular expressions — https://trino.io/docs/current/functions/regexp.html
  regexp_like: S(2, 2, 'boolean'),
  regexp_extract: S(2, 3, 'varchar'),
  regexp_extract_all: S(2, 3, 'array(varchar)'),
  regexp_replace: S(2, 3, 'varchar'),
  regexp_split: S(2, 2, 'array(varchar)'),
  regexp_count: S(2, 2, 'bigint'),
  // JSON — https://trino.io/docs/current/functions/json.html
  json_extract: S(2, 2, 'json'),
  json_extract_scalar: S(2, 2, 'varchar'),
  json_parse: S(1, 1, 'json'),
  json_format: S(1, 1, 'varchar'),
  json_array_length: S(1, 1, 'bigint'),
  json_array_get: S(2, 2, 'json'),
  json_array_contains: S(2, 2, 'boolean'),
  json_size: S(2, 2, 'bigint'),
  // Arrays and maps — https://trino.io/docs/current/functions/array.html , …/map.html
  element_at: S(2, 2, '$elem0'),
  cardinality: S(1, 1, 'bigint'),
  contains: S(2, 2, 'boolean'),
  array_join: S(2, 3, 'varchar'),
  array_distinct: S(1, 1, '$0'),
  array_max: S(1, 1, '$elem0'),
  array_min: S(1, 1, '$elem0'),
  array_position: S(2, 2, 'bigint'),
  array_sort: S(1, 1, '$0'),
  array_remove: S(2, 2, '$0'),
  array_except: S(2, 2, '$0'),
  array_intersect: S(2, 2, '$0'),
  array_union: S(2, 2, '$0'),
  arrays_overlap: S(2, 2, 'boolean'),
  slice: S(3, 3, '$0'),
  flatten: S(1, 1, '$elem0'),
  repeat: S(2, 2, '$array0'),
  sequence: S(2, 3, '$array0'),
  map_keys: S(1, 1, '$keys0'),
  map_values: S(1, 1, '$values0'),
  map: S(0, 2, '$mapOfArrays'),
  // Math — https://trino.io/docs/current/functions/math.html
  abs: S(1, 1, '$0', 'abs'),
  round: S(1, 2, '$0'),
  ceil: S(1, 1, '$0'),
  ceiling: S(1, 1, '$0', 'trino_ceil'),
  floor: S(1, 1, '$0'),
  truncate: S(1, 1, 'double'),
  mod: S(2, 2, '$num01'),
  power: S(2, 2, 'double'),
  pow: S(2, 2, 'double', 'trino_power'),
  sqrt: S(1, 1, 'double'),
  cbrt: S(1, 1, 'double'),
  ln: S(1, 1, 'double'),
  log2: S(1, 1, 'double'),
  log10: S(1, 1, 'double'),
  log: S(2, 2, 'double'),
  exp: S(1, 1, 'double'),
  sign: S(1, 1, '$0'),
  pi: S(0, 0, 'double'),
  e: S(0, 0, 'double'),
  random: S(0, 2, 'double'),
  rand: S(0, 2, 'double', 'trino_random'),
  is_nan: S(1, 1, 'boolean'),
  nan: S(0, 0, 'double'),
  infinity: S(0, 0, 'double'),
  degrees: S(1, 1, 'double'),
  radians: S(1, 1, 'double'),
  sin: S(1, 1, 'double'),
  cos: S(1, 1, 'double'),
  tan: S(1, 1, 'double'),
};

/** Functions the translator expands itself (if, try, typeof …): arity only. */
export const SPECIAL_FUNCTIONS: Record<string, [number, number]> = {
  if: [2, 3],
  try: [1, 1],
  typeof: [1, 1],
  now: [0, 0],
  transform: [2, 2],
  filter: [2, 2],
  any_match: [2, 2],
  all_match: [2, 2],
  none_match: [2, 2],
};

/** The JavaScript (`trino_*`) SQLite functions the catalog refers to, so a test can check each is registered. */
export function jsFunctionNames(): string[] {
  const names = new Set<string>();
  for (const [name, spec] of Object.entries(FUNCTIONS)) {
    const sql = spec.sql ?? `trino_${name}`;
    if (sql.startsWith('trino_')) names.add(sql);
  }
  return [...names].sort();
}
