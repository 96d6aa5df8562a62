import { registerFunctions } from './functionsHook';
import { TABLE_SCHEMA } from './schema';
import type { SqlJsDatabase, SqlJsStatic } from './sqlJs';

interface Sandbox {
  db: SqlJsDatabase;
  /** sqliteName → fingerprint of the table as materialised. */
  tables: Map<string, string>;
  bytes: number;
}

// sql.js keeps `main` as a file in Emscripten's in-memory file system, which grows by 1.125× copies
// and doubles the memory held (file + page cache). An attached ':memory:' database is pages only;
// unqualified table names still find it (SQLite searches temp, main, then attached schemas).
// Its journal is in memory, so a failed materialisation still rolls back. The sorter behind
// GROUP BY / ORDER BY sizes its in-memory runs by main's cache_size: 64 MB measured fastest for
// a million rows (the 2 MB default spills to temporary files; larger made it slower).
const SETUP = `ATTACH DATABASE ':memory:' AS ${TABLE_SCHEMA}; PRAGMA main.cache_size = -65536;`;

/** One sql.js database per sandbox key, least recently used first out when the total grows past the budget. */
export class SandboxCache {
  private readonly sandboxes = new Map<string, Sandbox>();

  constructor(
    private readonly sql: SqlJsStatic,
    private readonly maxBytes: number,
  ) {}

  /** The sandbox's database (created on first use), now the most recently used. */
  open(sandboxKey: string): Sandbox {
    let sandbox = this.sandboxes.get(sandboxKey);
    if (sandbox) this.sandboxes.delete(sandboxKey);
    else {
      const db = new this.sql.Database() as SqlJsDatabase;
      db.exec(SETUP);
      registerFunctions(db);
      sandbox = { db, tables: new Map(), bytes: 0 };
    }
    this.sandboxes.set(sandboxKey, sandbox);
    return sandbox;
  }

  /** Re-measures a sandbox and closes the least recently used others while over budget. */
  settle(sandboxKey: string): void {
    const sandbox = this.sandboxes.get(sandboxKey);
    if (sandbox) sandbox.bytes = approximateBytes(sandbox.db);
    for (const [key, other] of this.sandboxes) {
      if (this.totalBytes() <= this.maxBytes) break;
      if (key === sandboxKey) continue;
      other.db.close();
      this.sandboxes.delete(key);
    }
  }

  totalBytes(): number {
    let total = 0;
    for (const sandbox of this.sandboxes.values()) total += sandbox.bytes;
    return total;
  }

  sandboxKeys(): string[] {
    return [...this.sandboxes.keys()];
  }
}

/** The in-memory tables' pages, plus the page cache's own per-page header (about 5%). */
function approximateBytes(db: SqlJsDatabase): number {
  const pragma = (name: string) =>
    Number(db.exec(`PRAGMA ${TABLE_SCHEMA}.${name}`)[0]?.values[0]?.[0] ?? 0);
  return Math.round(pragma('page_count') * pragma('page_size') * 1.05);
}
