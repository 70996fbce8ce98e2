// trufflehog's detectors of connection strings, URIs and credential files (twentieth round, guardkeyed4): not
// keyed by a vendor's name, so not rows of the name table, and each one's secret is the business of a rule
// this redactor has (url-credentials, secret-assignment, credential-constructor, gcp-refresh-token,
// deno-token). Each example is the detector's own (its _test.go, or its source's comment), the password
// marked ⟦like this⟧; the look-alikes are the detectors' own false positives and matches without a secret.
// Where the detector's example gives its password from a secret store, no literal is here (rabbitmq, uri, host,
// planetscaledb, fullstory/v2, googleoauth2).
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('jdbc: a password in a JDBC URL, as userinfo or as a parameter; a URL without one is left', () => {
  assertFinds([
    'jdbc:sqlserver://x.x.x.x:1433;databaseName=MY-DB;user=MY-USER;password=⟦MY-PASSWORD-1⟧;encrypt=false',
    'jdbc:mysql://testuser:⟦testpassword9⟧@tcp(localhost:1521)/testdb',
    'jdbc:postgresql://localhost:1521/testdb?sslmode=disable&password=⟦tiger12⟧&user=testuser',
  ]);
  assertLeaves([
    // The detector's own passwords say they are stand-ins (`MY-PASSWORD`, `testpassword`): left since the
    // twenty-ninth round (the lead's policy, standInWords.ts); numbered or another word, above, they are literals.
    'jdbc:sqlserver://x.x.x.x:1433;databaseName=MY-DB;user=MY-USER;password=MY-PASSWORD;encrypt=false',
    'jdbc:mysql://testuser:testpassword@tcp(localhost:1521)/testdb',
    'jdbc:postgresql://localhost:1521/testdb?sslmode=disable&password=testpassword&user=testuser',
    '<jdbc-url>jdbc:postgresql://localhost:5432/postgres</jdbc-url>',
    '"jdbc:oracle:thin:@host:1521:db",',
    '<jdbc-url>jdbc:sqlserver://localhost:1433;databaseName=AdventureWorks</jdbc-url>',
    '<jdbc-url>jdbc:postgresql://#{uri.host}#{uri.path}?user=#{uri.user}</jdbc-url>',
  ]);
});

test('docker: a registry auth in an escaped DOCKER_AUTH_CONFIG', () => {
  assertFinds(['  environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"docker.contoso.com.tw:8083\\":{\\"auth\\":\\"⟦c2Zjcy50ZXN0ZXI6c2Zjcw==⟧\\"}}}"]']);
});

test('ftp, redis, mongodb, postgres: the password of a URL\'s userinfo', () => {
  assertFinds([
    'ftp://dlpuser:⟦rNrKYTX9g7z3RgJRmxWuGHbeu⟧@ftp.dlptest.com',
    'redis://user:⟦invalid⟧@redis.com',
    'mongodb://myDBReader:⟦D1fficultP%40ssw0rd⟧@mongodb0.example.com:27017/?authSource=admin',
    'mongodb://root:⟦8b6zfr4b⟧@fastgpt-mongo-mongodb.ns-hti44k5d.svc:27017/',
    'mongodb://prisma:⟦risima⟧@srv1.bu2lt.mongodb.net:27017,srv2.bu2lt.mongodb.net:27017,srv3.bu2lt.mongodb.net:27017/test?retryWrites=true&w=majority',
    'mongodb://db-user:⟦db-password⟧@mongodb-instance:27017/db-name',
    'mongodb://AKIAAAAAAAAAAAA:⟦t9t2mawssecretkey⟧@localhost:27017/?authMechanism=MONGODB-AWS&authsource=$external',
    'postgresql://postgres:⟦23201dabb56ca236f3dc6736c0f9afad⟧@localhost:5433/postgres',
  ]);
  assertLeaves([
    'mongodb://mongodb0.example.com:27017/?replicaSet=myRepl',
    'mongodb://username:@mongodb0.example.com:27017/?replicaSet=myRepl',
    'mongodb+srv://<user>:<password>@myMongoCluster.mongocluster.cosmos.azure.com',
    'mongodb://xxxx:xxxxx@xxxxxxx:3717/zkquant?replicaSet=mgset-3017917',
  ]);
});

test('postgres, sqlserver: a password given as a key of its own, in env lines, JSON or a connection string', () => {
  assertFinds([
    '\tPOSTGRES_USER=postgres\n\tPOSTGRES_PASSWORD=⟦23201dabb56ca236f3dc6736c0f9afad⟧\n\tPOSTGRES_ADDRESS=localhost\n',
    'DB_CONFIG={"user": "postgres", "password": "⟦23201dabb56ca236f3dc6736c0f9afad⟧", "host": "localhost", "port": "5433", "database": "postgres"}',
    'builder.Services.AddDbContext<Database>(optionsBuilder => optionsBuilder.UseSqlServer("Server=localhost;Initial Catalog=master;User ID=sa;Password=⟦P@ssw0rd!⟧;Persist Security Info=true;MultipleActiveResultSets=true;"));',
    'CONNECTION_STRING: Server=localhost;Initial Catalog=master;User ID=sa;Password=⟦P@ssw0rd!⟧;Persist Security Info=true;MultipleActiveResultSets=true',
    '<add name="Sample2" value="SERVER=server_name;DATABASE=database_name;user=user_name;pwd=⟦plaintextpassword⟧;encrypt=true;Timeout=120;MultipleActiveResultSets=True;" />',
  ]);
});

test('gcpapplicationdefaultcredentials: the client secret and refresh token of an authorized-user file', () => {
  assertFinds([
    '{\n\t"client_id": "191375729402-oiuj2498ry3497gjveoierj8294jfj41.apps.googleusercontent.com",\n\t"client_secret": "⟦z-OIFJWEOIJGWER91834325R⟧",\n\t"refresh_token": "⟦1//0_joijgor3i4ut98579862709342j3kjJOIE02834jijfewoifjowiejfhghyzznfoiwejfwnvuhewiufnwinciwu_-o2i3jjfcc⟧",\n\t"type": "authorized_user"\n}',
  ]);
});

test('deno: ddp_ and ddw_ tokens by their prefix; the prefix inside a longer token or a digest is not one', () => {
  assertFinds([
    '  "d": "deployctl deploy --prod --import-map=import_map.json --project=o88 main.ts --token ⟦ddp_eg5DjUmbR5lHZ3LiN9MajMk2tA1GxL2NRdvc⟧",',
    'DENO_KV_ACCESS_TOKEN=⟦ddp_hn029Cl2dIN4Jb0BF0L1V9opokoPVC30ddGk⟧',
    "    //     headers: { Authorization: 'Bearer ⟦ddw_ebahKKeZqiZVXOad7KJRHskLeP79Lf0OJXlj⟧' }",
  ]);
  assertLeaves(['matplotlib/backends/_macosx.cpython-37m-darwin.so,sha256=DDw_KRE5yTUEY5iDBwBW7KvDcTkDmrIu0N18i8I3FvA,90140']);
});
