// Defects the sixteenth round noticed and left, each fixed by what its grammar's documentation says
// the value is (bench/guard/README.md, seventeenth round, guardgrammar2).
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('docker login --password-stdin takes no argument: the word after it is the registry, the password comes on standard input', () => {
  assertLeaves([
    'aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    'docker login -u bot --password-stdin Xk29fLm3pQ8zR4',
    'cat ~/token | helm registry login ghcr.io -u bot --password-stdin Xk29fLm3pQ8zR4',
    'podman login --password-stdin quay9Xk2Lm3pQ8z.example.io < pw.txt',
  ]);
  assertFinds([
    'echo ⟦Xk29fLm3pQ8zR4⟧ | docker login ghcr.io -u app --password-stdin',
    'docker login -u bot --password ⟦Xk29fLm3pQ8zR4⟧ ghcr.io',
    'docker login -u bot -p ⟦Xk29fLm3pQ8zR4⟧ ghcr.io',
  ]);
});

test("Jenkins' credentials binding names the variable that will hold a password: passwordVariable's value is a name", () => {
  assertLeaves([
    '<passwordVariable>Xk29fLm3pQ8z</passwordVariable>',
    '<org.jenkinsci.plugins.credentialsbinding.impl.UsernamePasswordMultiBinding>\n  <credentialsId>nexus</credentialsId>\n  <usernameVariable>NEXUS_USER</usernameVariable>\n  <passwordVariable>Pw9xQ2mLk7</passwordVariable>\n</org.jenkinsci.plugins.credentialsbinding.impl.UsernamePasswordMultiBinding>',
    "withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'NEXUS_USER', passwordVariable: 'Xk29fLm3pQ8z')])",
    "withCredentials([sshUserPrivateKey(credentialsId: 'git', keyFileVariable: 'KEY', passphraseVariable: 'Pw9xQ2mLk7')])",
  ]);
  assertFinds([
    '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>nexus</id>\n  <username>ci</username>\n  <password>⟦Pw9xQ2mLk7⟧</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
    '<password>⟦Pw9xQ2mLk7⟧</password>',
    "passwordValue: '⟦Xk29fLm3pQ8z⟧'",
  ]);
});
