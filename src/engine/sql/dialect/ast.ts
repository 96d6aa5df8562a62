import type { SqlPos } from './errors';

/** A parsed Trino type: `varchar`, `decimal(10,2)`, `array(varchar)`, `map(varchar, bigint)`, `row(a bigint)`. */
export interface TypeName {
  base: string;
  params: Array<number | TypeName>;
  /** For row types, the field names. */
  fields?: string[];
  pos: SqlPos;
}

export interface WindowSpec {
  partitionBy: Expr[];
  orderBy: OrderItem[];
  /** Frame clause, kept as SQLite-compatible text (`ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`). */
  frame?: string;
}

export type Expr =
  | { k: 'ident'; parts: string[]; pos: SqlPos }
  | { k: 'number'; text: string; pos: SqlPos }
  | { k: 'string'; value: string; pos: SqlPos }
  | { k: 'null'; pos: SqlPos }
  | { k: 'bool'; value: boolean; pos: SqlPos }
  | {
      k: 'typed';
      type: 'date' | 'timestamp' | 'time' | 'decimal' | 'json' | 'varchar';
      value: string;
      pos: SqlPos;
    }
  | { k: 'interval'; value: string; unit: string; toUnit?: string; pos: SqlPos }
  | { k: 'binary'; op: string; left: Expr; right: Expr; pos: SqlPos }
  | { k: 'unary'; op: '-' | '+' | 'NOT'; expr: Expr; pos: SqlPos }
  | {
      k: 'call';
      name: string;
      args: Expr[];
      distinct: boolean;
      star: boolean;
      orderBy?: OrderItem[];
      over?: WindowSpec;
      filter?: Expr;
      pos: SqlPos;
    }
  | { k: 'cast'; expr: Expr; type: TypeName; safe: boolean; pos: SqlPos }
  | {
      k: 'case';
      operand?: Expr;
      whens: Array<{ when: Expr; then: Expr }>;
      else?: Expr;
      pos: SqlPos;
    }
  | { k: 'between'; expr: Expr; low: Expr; high: Expr; not: boolean; pos: SqlPos }
  | { k: 'in'; expr: Expr; list?: Expr[]; query?: Query; not: boolean; pos: SqlPos }
  | { k: 'like'; expr: Expr; pattern: Expr; escape?: Expr; not: boolean; pos: SqlPos }
  | { k: 'isnull'; expr: Expr; not: boolean; pos: SqlPos }
  | { k: 'distinctFrom'; left: Expr; right: Expr; not: boolean; pos: SqlPos }
  | { k: 'exists'; query: Query; pos: SqlPos }
  | { k: 'subquery'; query: Query; pos: SqlPos }
  | { k: 'array'; items: Expr[]; pos: SqlPos }
  | { k: 'row'; items: Expr[]; pos: SqlPos }
  | { k: 'subscript'; expr: Expr; index: Expr; pos: SqlPos }
  | { k: 'field'; expr: Expr; field: string; pos: SqlPos }
  | { k: 'extract'; field: string; expr: Expr; pos: SqlPos }
  | {
      k: 'current';
      name: 'current_date' | 'current_timestamp' | 'localtimestamp' | 'current_time';
      pos: SqlPos;
    }
  | { k: 'lambda'; params: string[]; body: Expr; pos: SqlPos }
  | {
      k: 'quantified';
      op: string;
      left: Expr;
      quantifier: 'ALL' | 'ANY' | 'SOME';
      query: Query;
      pos: SqlPos;
    };

export interface OrderItem {
  expr: Expr;
  desc: boolean;
  nulls?: 'FIRST' | 'LAST';
}

export type SelectItem =
  | { k: 'expr'; expr: Expr; alias?: string; pos: SqlPos }
  | { k: 'star'; qualifier?: string[]; pos: SqlPos };

export type FromItem =
  | { k: 'table'; parts: string[]; alias?: string; pos: SqlPos }
  | { k: 'derived'; query: Query; alias?: string; columns?: string[]; pos: SqlPos }
  | {
      k: 'unnest';
      args: Expr[];
      ordinality: boolean;
      alias?: string;
      columns?: string[];
      pos: SqlPos;
    }
  | {
      k: 'join';
      type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'CROSS';
      left: FromItem;
      right: FromItem;
      on?: Expr;
      using?: string[];
      pos: SqlPos;
    };

export interface Select {
  k: 'select';
  distinct: boolean;
  items: SelectItem[];
  from?: FromItem;
  where?: Expr;
  groupBy?: Expr[];
  having?: Expr;
  pos: SqlPos;
}

export interface SetOp {
  k: 'setop';
  op: 'UNION' | 'INTERSECT' | 'EXCEPT';
  all: boolean;
  left: QueryBody;
  right: QueryBody;
  pos: SqlPos;
}

export interface Values {
  k: 'values';
  rows: Expr[][];
  pos: SqlPos;
}

export type QueryBody = Select | SetOp | Values | { k: 'nested'; query: Query; pos: SqlPos };

export interface Cte {
  name: string;
  columns?: string[];
  query: Query;
  pos: SqlPos;
}

export interface Query {
  with: Cte[];
  body: QueryBody;
  orderBy: OrderItem[];
  limit?: string;
  offset?: string;
  pos: SqlPos;
}
