// Declared parameters as each format's own documents write them (declaredDefaultProbe.ts): §N§ the declaration's name, §V§
// the value in its generic field; `marked` where the declaration carries the format's own secret marker; `reference` the
// format's documented way of pointing at a secret held elsewhere.

export interface DeclaredForm {
  readonly id: string;
  readonly format: string;
  readonly template: string;
  readonly marked: boolean;
  readonly reference: string;
}

// AWS CloudFormation, "Parameters section syntax" (Type, Default, NoEcho: "mask the parameter value"); dynamic references
// `{{resolve:secretsmanager:…}}` ("Get values stored in other services using dynamic references"). AWS SAM templates take the
// same Parameters section ("AWS SAM template anatomy").
const CFN_REF = '{{resolve:secretsmanager:MyRdsSecret:SecretString:password}}';
// Azure Resource Manager, "Parameters in ARM templates" (type `securestring`, `defaultValue`); `[parameters('…')]` a template expression.
const ARM_REF = "[parameters('sqlAdminPassword')]";

const forms: ReadonlyArray<readonly [string, string, string, boolean, string]> = [
  ['cfn-yaml', 'cloudformation', 'Parameters:\n  §N§:\n    Type: String\n    Description: the value\n    Default: §V§\n', false, CFN_REF],
  ['cfn-yaml-noecho', 'cloudformation', 'Parameters:\n  §N§:\n    NoEcho: true\n    Type: String\n    MinLength: 8\n    Default: "§V§"\n', true, CFN_REF],
  ['cfn-json', 'cloudformation', '{\n  "Parameters": {\n    "§N§": {\n      "Type": "String",\n      "Default": "§V§"\n    }\n  }\n}\n', false, CFN_REF],
  ['cfn-json-noecho-line', 'cloudformation', '{"Parameters": {"§N§": {"Type": "String", "NoEcho": "true", "Default": "§V§"}}}', true, CFN_REF],
  ['sam-yaml', 'sam', "Transform: AWS::Serverless-2016-10-31\nParameters:\n  §N§:\n    Type: String\n    Default: '§V§'\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n", false, CFN_REF],
  ['arm-json-secure', 'arm', '{\n  "parameters": {\n    "§N§": {\n      "type": "securestring",\n      "defaultValue": "§V§",\n      "metadata": {"description": "the value"}\n    }\n  }\n}\n', true, ARM_REF],
  ['arm-json-line', 'arm', '"parameters": {"§N§": {"type": "string", "defaultValue": "§V§"}}', false, ARM_REF],
  // Bicep, "Parameters in Bicep" (`@secure()` decorator, `param name type = default`).
  ['bicep-secure', 'bicep', "@secure()\nparam §N§ string = '§V§'\n", true, 'newGuid()'],
  ['bicep', 'bicep', "@description('the value')\nparam §N§ string = '§V§'\n", false, 'newGuid()'],
  // Terraform / OpenTofu, "Input variables" (`default`, `sensitive = true`).
  ['terraform-sensitive', 'terraform', 'variable "§N§" {\n  type      = string\n  sensitive = true\n  default   = "§V§"\n}\n', true, '${var.master_password}'],
  ['terraform', 'terraform', 'variable "§N§" {\n  description = "the value"\n  default = "§V§"\n}\n', false, '${var.master_password}'],
  // Pulumi, "Pulumi project file reference" (`config:` declarations: type, default, secret); the stack settings file
  // `Pulumi.<stack>.yaml` holds `project:key: value`, a secret as `secure: <ciphertext>`.
  ['pulumi-project-secret', 'pulumi', 'name: app\nruntime: nodejs\nconfig:\n  §N§:\n    type: string\n    secret: true\n    default: §V§\n', true, '${dbPassword}'],
  ['pulumi-project', 'pulumi', 'name: app\nruntime: nodejs\nconfig:\n  §N§:\n    type: string\n    default: §V§\n', false, '${dbPassword}'],
  ['pulumi-stack', 'pulumi', 'config:\n  aws:region: us-west-2\n  app:§N§: §V§\n', false, '${dbPassword}'],
  // GitHub Actions, "Metadata syntax" (`inputs.<input_id>.default`) and "Workflow syntax" (`on.workflow_dispatch.inputs.<input_id>.default`).
  ['gha-action', 'github-actions', "name: deploy\ninputs:\n  §N§:\n    description: 'the value'\n    required: false\n    default: '§V§'\nruns:\n  using: node20\n", false, '${{ secrets.DEPLOY_TOKEN }}'],
  ['gha-dispatch', 'github-actions', 'on:\n  workflow_dispatch:\n    inputs:\n      §N§:\n        type: string\n        default: §V§\njobs: {}\n', false, '${{ secrets.DEPLOY_TOKEN }}'],
  // JSON Schema Validation 2020-12 §9.2 `default`, §9.5 `examples`, §6.1.3 `const`.
  ['jsonschema-default', 'json-schema', '{\n  "type": "object",\n  "properties": {\n    "§N§": {\n      "type": "string",\n      "default": "§V§"\n    }\n  }\n}\n', false, '${API_KEY}'],
  ['jsonschema-examples-line', 'json-schema', '{"properties": {"§N§": {"type": "string", "examples": ["§V§"]}}}', false, '${API_KEY}'],
  ['jsonschema-const', 'json-schema', '{"properties": {"§N§": {"const": "§V§"}}}', false, '${API_KEY}'],
  // OpenAPI 3.0.3 Schema Object (`example`, `default`; Data Types: format `password` "a hint to UIs to obscure input"); `writeOnly`
  // (left out of responses) marks no secret: its neutral cells are to be left.
  ['openapi-yaml-example', 'openapi', 'components:\n  schemas:\n    Login:\n      properties:\n        §N§:\n          type: string\n          example: §V§\n', false, '${API_KEY}'],
  ['openapi-yaml-password', 'openapi', 'components:\n  schemas:\n    Login:\n      properties:\n        §N§:\n          type: string\n          format: password\n          example: §V§\n', true, '${API_KEY}'],
  ['openapi-json-writeonly', 'openapi', '{"components": {"schemas": {"Login": {"properties": {"§N§": {"type": "string", "writeOnly": true, "example": "§V§"}}}}}}', false, '${API_KEY}'],
  // OpenAPI 3.1's Schema Object is JSON Schema 2020-12: `examples` an array, in YAML a block list under its key.
  ['openapi-yaml-examples-list', 'openapi', 'components:\n  schemas:\n    Login:\n      properties:\n        §N§:\n          type: string\n          examples:\n            - §V§\n', false, '${API_KEY}'],
  ['openapi-json-default', 'openapi', '{\n  "properties": {\n    "§N§": {\n      "type": "string",\n      "default": "§V§",\n      "description": "the value"\n    }\n  }\n}\n', false, '${API_KEY}'],
];

export const declaredForms: readonly DeclaredForm[] = forms.map(([id, format, template, marked, reference]) => ({ id, format, template, marked, reference }));
