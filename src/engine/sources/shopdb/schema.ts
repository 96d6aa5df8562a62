/** The simulated shop database's catalog: one MySQL-like schema, four tables with primary keys. */
export const SHOP_SCHEMA = 'shop';
/** The host name a DMS source endpoint (or a federated connector) uses to reach the shop database. */
export const SHOP_DB_SERVER_NAME = 'shop-db.internal';
/** MySQL's default port; the simulated server listens only there. */
export const SHOP_DB_PORT = 3306;

export type ShopTableName = 'customers' | 'products' | 'orders' | 'order_items';
export const SHOP_TABLE_NAMES: readonly ShopTableName[] = [
  'customers',
  'products',
  'orders',
  'order_items',
];

export type ShopValue = string | number | null;
export type ShopRow = Record<string, ShopValue>;

export interface ShopColumn {
  name: string;
  /** Hive type, as Glue and Athena name it. */
  type: string;
  /** The column's type in the MySQL-like source, for display. */
  sourceType: string;
}

export interface ShopTableDef {
  table: ShopTableName;
  columns: ShopColumn[];
  primaryKey: string[];
}

const col = (name: string, type: string, sourceType: string): ShopColumn => ({
  name,
  type,
  sourceType,
});

// Column names and types agree with the sample files in src/engine/data/shop.ts.
export const SHOP_TABLES: Record<ShopTableName, ShopTableDef> = {
  customers: {
    table: 'customers',
    columns: [
      col('id', 'bigint', 'BIGINT'),
      col('name', 'string', 'VARCHAR(100)'),
      col('email', 'string', 'VARCHAR(200)'),
      col('city', 'string', 'VARCHAR(60)'),
      col('country', 'string', 'CHAR(2)'),
      col('signup_date', 'date', 'DATE'),
    ],
    primaryKey: ['id'],
  },
  products: {
    table: 'products',
    columns: [
      col('id', 'bigint', 'BIGINT'),
      col('name', 'string', 'VARCHAR(100)'),
      col('category', 'string', 'VARCHAR(40)'),
      col('price', 'double', 'DECIMAL(10,2)'),
    ],
    primaryKey: ['id'],
  },
  orders: {
    table: 'orders',
    columns: [
      col('order_id', 'bigint', 'BIGINT'),
      col('customer_id', 'bigint', 'BIGINT'),
      col('order_date', 'date', 'DATE'),
      col('status', 'string', 'VARCHAR(20)'),
      col('total', 'double', 'DECIMAL(10,2)'),
    ],
    primaryKey: ['order_id'],
  },
  order_items: {
    table: 'order_items',
    columns: [
      col('order_id', 'bigint', 'BIGINT'),
      col('product_id', 'bigint', 'BIGINT'),
      col('quantity', 'bigint', 'INT'),
      col('unit_price', 'double', 'DECIMAL(10,2)'),
    ],
    primaryKey: ['order_id', 'product_id'],
  },
};

export function isShopTableName(name: string): name is ShopTableName {
  return (SHOP_TABLE_NAMES as readonly string[]).includes(name);
}

/** The key a row is stored under: its primary key values joined by `|`. */
export function primaryKeyOf(table: ShopTableName, row: ShopRow): string {
  return SHOP_TABLES[table].primaryKey.map((column) => String(row[column])).join('|');
}
