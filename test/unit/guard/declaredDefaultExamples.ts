// A declaration's generic field (declaredDefaultRule.ts, guardparent1, thirty-second round): the value in a parameter's,
// variable's, input's or schema property's `Default`/`defaultValue`/`default`/`example(s)`/`const`, judged under the
// declaration's own name, or a secret by its format's own marker; look-alikes of the same formats.
import type { RuleExamples } from './ruleExamples';

export const declaredDefaultExamples: Readonly<Record<string, RuleExamples>> = {
  'declared-default': {
    secrets: [
      // AWS CloudFormation (and SAM) Parameters, YAML and JSON.
      'Parameters:\n  DBPassword:\n    Type: String\n    Default: ⟦tigerlily⟧\n',
      '{"Parameters": {"DBPassword": {"Type": "String", "Default": "⟦tigerlily⟧"}}}',
      '{\n  "Parameters": {\n    "DBPassword": {\n      "Type": "String",\n      "Default": "⟦tigerlily⟧"\n    }\n  }\n}',
      // NoEcho marks the value a secret under any name.
      'Parameters:\n  MasterValue:\n    NoEcho: true\n    Type: String\n    Default: ⟦tigerlily⟧\n',
      // Azure Resource Manager: a securestring parameter's defaultValue.
      '"parameters": {\n  "adminPassword": {\n    "type": "string",\n    "defaultValue": "⟦tigerlily⟧"\n  }\n}',
      '"parameters": {"vmLogin": {"type": "securestring", "defaultValue": "⟦tigerlily⟧"}}',
      // Bicep's @secure() param, whatever its name.
      "@secure()\nparam adminValue string = '⟦tigerlily⟧'",
      // Terraform: sensitive = true under a neutral name.
      'variable "master" {\n  type      = string\n  sensitive = true\n  default   = "⟦tigerlily⟧"\n}',
      // Pulumi project config: secret: true.
      'config:\n  dbValue:\n    type: string\n    secret: true\n    default: ⟦tigerlily⟧\n',
      // GitHub Actions inputs (action.yml, workflow_dispatch).
      "inputs:\n  token:\n    description: 'API token'\n    required: false\n    default: '⟦tigerlily⟧'\n",
      'on:\n  workflow_dispatch:\n    inputs:\n      api_key:\n        type: string\n        default: ⟦tigerlily⟧\n',
      // JSON Schema default, examples, const; OpenAPI example, format: password.
      '{"properties": {"api_key": {"type": "string", "default": "⟦Xk29fLm3pQ8zR4tV⟧"}}}',
      '{"properties": {"client_secret": {"type": "string", "examples": ["⟦tigerlily⟧", "⟦open-sesame⟧"]}}}',
      '{"properties": {"password": {"const": "⟦tigerlily⟧"}}}',
      'properties:\n  password:\n    type: string\n    example: ⟦tigerlily⟧\n',
      'properties:\n  login_value:\n    type: string\n    format: password\n    example: ⟦tigerlily⟧\n',
    ],
    clean: [
      // Neutral names, unmarked.
      'Parameters:\n  InstanceType:\n    Type: String\n    Default: t3.micro\n',
      'Parameters:\n  KeyName:\n    Type: AWS::EC2::KeyPair::KeyName\n    Default: my-key\n',
      '{"Parameters": {"DBPort": {"Type": "Number", "Default": "5432"}}}',
      '{"properties": {"region": {"type": "string", "default": "us-east-1"}}}',
      // A reference, a placeholder, a stand-in, empty, a non-string default.
      'Parameters:\n  DBPassword:\n    Type: String\n    Default: "{{resolve:secretsmanager:MyRdsSecret:SecretString:password}}"\n',
      '"parameters": {"adminPassword": {"type": "securestring", "defaultValue": "[parameters(\'sqlAdminPassword\')]"}}',
      "inputs:\n  token:\n    default: '${{ secrets.GITHUB_TOKEN }}'\n",
      'properties:\n  password:\n    type: string\n    example: "********"\n',
      'properties:\n  api_key:\n    type: string\n    example: your_api_key_here\n',
      '{"properties": {"password": {"type": "string", "default": ""}}}',
      '{"properties": {"token": {"type": ["string", "null"], "default": null}}}',
      'properties:\n  secret:\n    type: boolean\n    default: false\n',
      // writeOnly only keeps a property out of responses: no secret's marker.
      '{"properties": {"avatar": {"type": "string", "writeOnly": true, "example": "portrait.png"}}}',
      // The marker belongs to another declaration: a sibling's, not this one's.
      'Parameters:\n  DBPassword:\n    NoEcho: true\n    Type: String\n  InstanceType:\n    Type: String\n    Default: t3.micro\n',
      // A description mentioning an example is prose.
      'description: the password, for example: see the docs\n',
    ],
  },
};
