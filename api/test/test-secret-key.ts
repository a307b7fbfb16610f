/**
 * The KOERS_SECRET_KEY of test and benchmark servers: one for all, so instances on one database open each
 * other's sealed secrets, as production instances sharing a key do. Never a production key.
 */
export const TEST_SECRET_KEY = Buffer.alloc(32, 'koers-test-key-').toString('base64');
