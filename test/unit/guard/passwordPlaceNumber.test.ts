// A short number in a place its tool or API documents as a password (`acceptsPasswordLiteral`) is the password: the
// place says it is no length, port or count, as a connection string's password field already does.
import { test } from 'node:test';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('a short number is the password in every place documented as one', () => {
  assertRedacts([
    'requirepass 1234',
    'binddn cn=admin,dc=example,dc=org\nbindpw 1234',
    'shop.redis.cache.windows.net:6380,password=1234,ssl=True,abortConnect=False',
    'DriverManager.getConnection("jdbc:mysql://db/shop", "app", "1234");',
  ]);
});

test('a mask of zeros and the slot\'s own name stay left there', () => {
  assertLeaves(['requirepass 0000', 'requirepass password', 'DriverManager.getConnection("jdbc:mysql://db/shop", "app", "password");']);
});
