/** The schema the tables live in: an in-memory database attached to each sandbox's (empty) main one. */
export const TABLE_SCHEMA = 'lake';
