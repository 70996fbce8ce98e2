// A credential named by its declaration (declaredDefaultRule.ts): per format, the value in the declaration's generic field
// is judged under the declaration's name or its format's secret marker; the block is the declaration's own (indentation,
// braces), and references, placeholders and neutral names are left.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { declaredDefaultRule } from '../../../src/core/guard/rules/declaredDefaultRule';
import { SpanList } from '../../../src/core/guard/spanList';
import { assertFinds, assertLeaves } from './redactionAsserts';
import { declaredForms } from '../../../bench/guard/declaredForms';

test('CloudFormation and SAM Parameters: Default under a credential name or NoEcho, YAML and JSON', () => {
  assertFinds([
    'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  DBPassword:\n    Description: The database admin account password\n    Type: String\n    MinLength: 8\n    Default: ⟦tigerlily⟧\n',
    'Transform: AWS::Serverless-2016-10-31\nParameters:\n  GitHubToken:\n    Type: String\n    Default: \'⟦tigerlily⟧\'\n',
    'Parameters:\n  Master:\n    Type: String\n    Default: ⟦tigerlily⟧\n    NoEcho: true\n',
    '{"Parameters": {"Master": {"NoEcho": "true", "Type": "String", "Default": "⟦tigerlily⟧"}}}',
  ]);
  assertLeaves([
    'Parameters:\n  InstanceType:\n    Type: String\n    Default: t3.micro\n    AllowedValues: [t3.micro, t3.small]\n',
    'Parameters:\n  DBPassword:\n    Type: String\n    Default: !Ref Other\n',
    'Parameters:\n  DBPassword:\n    Type: String\n    Default: "{{resolve:ssm-secure:/db/password:1}}"\n',
    // The NoEcho is the sibling declaration's.
    '{"Parameters": {"Pw": {"NoEcho": "true", "Type": "String"}, "Env": {"Type": "String", "Default": "production"}}}',
  ]);
});

test('ARM templates and Bicep: defaultValue under a credential name or securestring; @secure() params', () => {
  assertFinds([
    '{\n  "parameters": {\n    "sqlAdministratorLoginPassword": {\n      "type": "string",\n      "defaultValue": "⟦tigerlily⟧"\n    }\n  }\n}',
    '{\n  "parameters": {\n    "vmValue": {\n      "type": "secureString",\n      "metadata": {\n        "description": "x"\n      },\n      "defaultValue": "⟦tigerlily⟧"\n    }\n  }\n}',
    "@secure()\n@description('the VM admin value')\nparam adminValue string = '⟦tigerlily⟧'",
  ]);
  assertLeaves([
    '"parameters": {"location": {"type": "string", "defaultValue": "[resourceGroup().location]"}}',
    '"parameters": {"adminPassword": {"type": "securestring", "defaultValue": "[parameters(\'x\')]"}}',
    "@secure()\nparam adminValue string = newGuid()",
    "param location string = 'westeurope'",
  ]);
});

test('Terraform variables: default under a credential name or sensitive = true', () => {
  assertFinds([
    'variable "db_password" {\n  description = "x"\n  default     = "⟦tigerlily⟧"\n}',
    'variable "master" {\n  default   = "⟦tigerlily⟧"\n  sensitive = true\n}',
  ]);
  assertLeaves(['variable "instance_type" {\n  default = "t3.micro"\n}', 'variable "db_password" {\n  type    = string\n  default = null\n}', 'variable "db_password" {\n  default = ""\n}']);
});

test('Pulumi project config and GitHub Actions inputs', () => {
  assertFinds([
    'name: app\nconfig:\n  dbPassword:\n    type: string\n    default: ⟦tigerlily⟧\n',
    'config:\n  master:\n    type: string\n    secret: true\n    default: ⟦tigerlily⟧\n',
    'name: deploy\ninputs:\n  api-token:\n    description: the token\n    default: "⟦tigerlily⟧"\nruns:\n  using: node20\n',
  ]);
  assertLeaves([
    'inputs:\n  github-token:\n    default: ${{ github.token }}\n',
    'inputs:\n  token:\n    description: x\n    default: ${{ secrets.GITHUB_TOKEN }}\n',
    'inputs:\n  region:\n    default: us-east-1\n',
    'config:\n  aws:region:\n    default: us-west-2\n',
  ]);
});

test('JSON Schema and OpenAPI: default, examples, const and example under a credential property or format: password', () => {
  assertFinds([
    '{"type": "object", "properties": {"apiKey": {"type": "string", "examples": ["⟦Xk29fLm3pQ8zR4tV⟧"]}}}',
    'components:\n  schemas:\n    Login:\n      properties:\n        username:\n          type: string\n          example: alice\n        password:\n          type: string\n          example: ⟦tigerlily⟧\n',
    'properties:\n  pin:\n    type: string\n    format: password\n    example: "⟦tigerlily⟧"\n',
  ]);
  assertLeaves([
    'properties:\n  username:\n    type: string\n    example: alice\n',
    'properties:\n  token_type:\n    type: string\n    example: Bearer\n',
    'properties:\n  password:\n    type: string\n    format: password\n    example: "<password>"\n',
    '{"properties": {"api_key": {"type": "string", "example": "YOUR_API_KEY"}}}',
    '{"properties": {"expires_in": {"type": "integer", "example": 3600}}}',
  ]);
});

test("a field's declaration is its own block: a sibling's name does not lend itself", () => {
  assertLeaves([
    'Parameters:\n  DBPassword:\n    Type: String\n  DBName:\n    Type: String\n    Default: orders\n',
    '{"Parameters": {"DBPassword": {"Type": "String"}, "DBName": {"Type": "String", "Default": "orders"}}}',
    'password:\n  minLength: 8\nlimits:\n  default: unlimited\n',
  ]);
});

test('the look-back is bounded: a field far below its header, or after a long run of fields, reads no further', () => {
  const far = `Parameters:\n  DBPassword:\n${'    # a comment\n'.repeat(60)}    Default: tigerlily\n`;
  const spans = new SpanList();
  declaredDefaultRule.find(far, spans);
  assert.deepEqual(spans.toSpans(), []);
  // Many sibling fields under one header: each reuses the one before's declaration.
  const many = `Parameters:\n  DBPassword:\n${'    Default: tigerlily\n'.repeat(2000)}`;
  const t = performance.now();
  assert.equal(findSecrets(many).length, 2000);
  assert.ok(performance.now() - t < 2000);
});

test("every probed format's layout (declaredForms.ts): a credential name's literal read, a neutral name's left unless marked", () => {
  for (const form of declaredForms) {
    const fill = (name: string, value: string): string => form.template.replace(/§N§/g, name).replace('§V§', value);
    assertFinds([fill('DBPassword', '⟦tigerlily⟧'), fill('api_key', '⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧')]);
    assertLeaves([fill('DBPassword', form.reference), fill('api_key', 'your_api_key_here')]);
    const neutral = fill('InstanceType', 'tigerlily');
    if (form.marked) assertFinds([fill('InstanceType', '⟦tigerlily⟧')]);
    else assert.ok(!findSecrets(neutral).some((s) => neutral.slice(s.start, s.end).includes('tigerlily')), `${form.id}: ${neutral}`);
  }
});

test("a `value` member under its parent object's name: ARM parameter files, terraform output -json, Azure DevOps variables", () => {
  assertFinds([
    '{\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "adminPassword": {\n      "value": "⟦tigerlily⟧"\n    },\n    "location": {\n      "value": "westus"\n    }\n  }\n}',
    '{"db_password": {"sensitive": true, "type": "string", "value": "⟦tigerlily⟧"}, "region": {"sensitive": false, "type": "string", "value": "eu-west-1"}}',
    '{\n  "master": {\n    "sensitive": true,\n    "type": "string",\n    "value": "⟦tigerlily⟧"\n  }\n}',
    '{"variables": {"dbPassword": {"value": "⟦tigerlily⟧", "isSecret": true}, "conn": {"isSecret": true, "value": "⟦tigerlily⟧"}}}',
    'variables:\n  dbPassword:\n    value: ⟦tigerlily⟧\n  conn:\n    value: ⟦tigerlily⟧\n    isSecret: true\n',
    // A weak name takes a generated-looking value only.
    '{"csrf": {"value": "⟦hL3k9QzX2mP8vR7tW4yN6bJ1⟧"}}',
  ]);
  assertLeaves([
    '{"session": {"value": "tigerlily"}}',
    '{"port": {"value": "tigerlily"}, "Content-Type": {"value": "application/json"}, "theme": {"value": "dark"}}',
    'parameters:\n  theme:\n    value: dark\n  port:\n    value: "8080"\n',
    // Not the direct member of the credential's object, not a keyed object, not a literal.
    '{"token": {"nested": {"value": "tigerlily"}}}',
    'output "db_password" {\n  value = "tigerlily"\n}',
    '{"adminPassword": {"value": "[parameters(\'x\')]"}}',
    '{"adminPassword": {"reference": {"keyVault": {"id": "x"}, "secretName": "y"}}}',
  ]);
  // A list's `{"name": …, "value": …}` record is not read here (the sibling-name rule's).
  const found = new SpanList();
  declaredDefaultRule.find('{"headers": [{"name": "token", "value": "tigerlily"}]}', found);
  assert.equal(found.toSpans().length, 0);
});
