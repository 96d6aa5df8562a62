import { columnNotFound, sqlError, type SqlPos } from './errors';
import type { SqlType } from './types';

export interface TableRef {
  catalog?: string;
  database?: string;
  table: string;
  line: number;
  column: number;
}

export interface ResolvedColumn {
  name: string;
  type: string;
}

export type ResolvedTable =
  | { sqliteName: string; columns: ResolvedColumn[] }
  | { subquery: string; columns: ResolvedColumn[] };

export type Resolver = (ref: TableRef) => ResolvedTable;

/** A column visible in a FROM scope: its Trino name, type and the SQLite expression that reads it. */
export interface ScopeColumn {
  name: string;
  type: SqlType;
  sql: string;
}

export interface Relation {
  /** Names a qualified reference may use: the alias, or `t`, `db.t`, `catalog.db.t`. */
  names: string[];
  /** undefined when the schema is unknown (analysis without a resolver): every name is accepted. */
  columns?: ScopeColumn[];
  sqlAlias: string;
  /** Key in the column-usage map (`db.table`) when the relation is a catalog table. */
  usageKey?: string;
  /** Columns merged by JOIN … USING: SELECT * shows them once. */
  hidden?: Set<string>;
}

export class Scope {
  relations: Relation[] = [];
  constructor(readonly parent?: Scope) {}
}

export interface CteInfo {
  name: string;
  columns: ScopeColumn[] | undefined;
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
export const quoteString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** State shared while translating one statement. */
export class Ctx {
  readonly tables: TableRef[] = [];
  readonly usage: Record<string, Set<string> | '*'> = {};
  private aliasCounter = 0;
  ctes: Map<string, CteInfo>[] = [];
  tryDepth = 0;

  constructor(readonly resolve: Resolver | undefined) {}

  freshAlias(base: string): string {
    this.aliasCounter += 1;
    return `${base}_${this.aliasCounter}`;
  }

  findCte(name: string): CteInfo | undefined {
    for (let i = this.ctes.length - 1; i >= 0; i -= 1) {
      const found = this.ctes[i]!.get(name);
      if (found) return found;
    }
    return undefined;
  }

  noteUsage(rel: Relation, column: string | '*'): void {
    if (!rel.usageKey) return;
    const current = this.usage[rel.usageKey];
    if (current === '*') return;
    if (column === '*') this.usage[rel.usageKey] = '*';
    else (this.usage[rel.usageKey] = current ?? new Set()).add(column);
  }

  /** Finds a column by name in the nearest scope; Trino reports ambiguity and unknown names. */
  lookupColumn(
    scope: Scope,
    name: string,
    pos: SqlPos,
    qualifier?: string,
  ): ScopeColumn | undefined {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const hits: ScopeColumn[] = [];
      const unknownRels: Relation[] = [];
      for (const rel of s.relations) {
        if (qualifier !== undefined && !rel.names.includes(qualifier)) continue;
        if (!rel.columns) {
          unknownRels.push(rel);
          continue;
        }
        const col = rel.columns.find((c) => c.name === name);
        if (col) {
          this.noteUsage(rel, name);
          if (!hits.some((h) => h.sql === col.sql)) hits.push(col);
        }
      }
      if (hits.length > 1) throw sqlError('AMBIGUOUS_NAME', pos, `Column '${name}' is ambiguous`);
      if (hits.length > 0) return hits[0];
      if (unknownRels.length > 0) {
        for (const rel of unknownRels) this.noteUsage(rel, name);
        const rel = unknownRels[0]!;
        return { name, type: 'unknown', sql: `${quoteIdent(rel.sqlAlias)}.${quoteIdent(name)}` };
      }
    }
    return undefined;
  }

  requireColumn(scope: Scope, name: string, pos: SqlPos, qualifier?: string): ScopeColumn {
    const col = this.lookupColumn(scope, name, pos, qualifier);
    if (!col) throw columnNotFound(pos, qualifier ? `${qualifier}.${name}` : name);
    return col;
  }

  hasRelation(scope: Scope, qualifier: string): boolean {
    for (let s: Scope | undefined = scope; s; s = s.parent)
      if (s.relations.some((r) => r.names.includes(qualifier))) return true;
    return false;
  }
}
