import { href } from '../../store/router';

const part = encodeURIComponent;

export const databasePath = (db: string) => `/glue/databases/${part(db)}`;
export const tablePath = (db: string, table: string) => `${databasePath(db)}/tables/${part(table)}`;
export const databaseHref = (db: string) => href(databasePath(db));
export const tableHref = (db: string, table: string, tab?: string) =>
  href(tablePath(db, table), { tab });
