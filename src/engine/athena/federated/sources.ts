import { cents, DAY_MS, seededRng } from '../../data/random';

/** A table a simulated federated source serves: Glue-style column types and its rows. */
export interface FederatedTable {
  name: string;
  columns: { name: string; type: string }[];
  rows: Array<Array<string | number | null>>;
}

export interface FederatedDatabase {
  name: string;
  tables: FederatedTable[];
}

const CUSTOMERS = 500;
const PRODUCTS = 60;
const START = Date.UTC(2025, 0, 6);
const ts = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 23);

/** A DynamoDB table of customer profiles keyed by the shop's customer_id. */
export function dynamoDbDatabases(seed: number): FederatedDatabase[] {
  const rng = seededRng(seed, 101);
  const tiers = ['bronze', 'silver', 'gold', 'platinum'] as const;
  const channels = ['email', 'sms', 'push', 'none'] as const;
  const rows = Array.from({ length: CUSTOMERS }, (_, i) => [
    i + 1,
    rng.pick(tiers),
    rng.pick(channels),
    rng.int(0, 5000),
    ts(START - rng.int(0, 90) * DAY_MS - rng.int(0, 86_400_000)),
  ]);
  return [
    {
      name: 'default',
      tables: [
        {
          name: 'customer_profiles',
          columns: [
            { name: 'customer_id', type: 'bigint' },
            { name: 'loyalty_tier', type: 'string' },
            { name: 'preferred_channel', type: 'string' },
            { name: 'loyalty_points', type: 'bigint' },
            { name: 'last_login', type: 'timestamp' },
          ],
          rows,
        },
      ],
    },
  ];
}

/** A DocumentDB collection of product reviews. */
export function documentDbDatabases(seed: number): FederatedDatabase[] {
  const rng = seededRng(seed, 102);
  const phrases = [
    'Great value',
    'Arrived late',
    'Exactly as described',
    'Poor quality',
    'Love it',
  ];
  const rows = Array.from({ length: 800 }, (_, i) => [
    `r-${(i + 1).toString().padStart(5, '0')}`,
    rng.int(1, PRODUCTS + 1),
    rng.int(1, CUSTOMERS + 1),
    rng.int(1, 6),
    rng.pick(phrases),
    ts(START - rng.int(0, 120) * DAY_MS),
  ]);
  return [
    {
      name: 'reviews_db',
      tables: [
        {
          name: 'product_reviews',
          columns: [
            { name: 'review_id', type: 'string' },
            { name: 'product_id', type: 'bigint' },
            { name: 'customer_id', type: 'bigint' },
            { name: 'rating', type: 'int' },
            { name: 'review_text', type: 'string' },
            { name: 'created_at', type: 'timestamp' },
          ],
          rows,
        },
      ],
    },
  ];
}

/** A Redis keyspace of open shopping carts (`cart:<customer_id>` hashes). */
export function redisDatabases(seed: number): FederatedDatabase[] {
  const rng = seededRng(seed, 103);
  const rows = Array.from({ length: 120 }, () => {
    const customer = rng.int(1, CUSTOMERS + 1);
    return [
      `cart:${customer}`,
      customer,
      rng.int(1, 8),
      cents(rng.next() * 300),
      rng.int(60, 7200),
    ];
  });
  return [
    {
      name: 'redis',
      tables: [
        {
          name: 'active_carts',
          columns: [
            { name: '_key_', type: 'string' },
            { name: 'customer_id', type: 'bigint' },
            { name: 'items', type: 'int' },
            { name: 'cart_value', type: 'double' },
            { name: 'ttl_seconds', type: 'int' },
          ],
          rows,
        },
      ],
    },
  ];
}
