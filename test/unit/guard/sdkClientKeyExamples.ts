// Examples for keys handed to SaaS and cloud SDK clients where the vendor's reference puts them (sdkClientKeyRules.ts),
// written for this test (made-up values, marked ⟦like this⟧), with plain and word-like keys beside random ones; the
// look-alikes are the same calls with a reference or a stand-in in the key's place, the calls' other arguments (an
// application id, an index name, a public key), and the same names where no key stands.
import type { RuleExamples } from './ruleExamples';

export const sdkClientKeyExamples: Readonly<Record<string, RuleExamples>> = {
  'sdk-client-key-argument': {
    secrets: [
      "const resend = new Resend('⟦hunter2-prod⟧');",
      'val resend = Resend("⟦mysecretkey123⟧")',
      'IResend resend = ResendClient.Create("⟦acme-live-key-01⟧");',
      "$resend = Resend::client('⟦s3cr3tT0ken⟧');",
      'client := resend.NewClient("⟦supersecret⟧")',
      'const client = new postmark.ServerClient("⟦b1e6c5a2-7d3f-4e8a-9c21-5f0d6a3b8e47⟧");',
      'var client = new PostmarkClient("⟦hunter2-prod⟧");',
      "client = Postmark::ApiClient.new('⟦mysecretkey123⟧')",
      'ApiClient client = Postmark.getApiClient("⟦acme-live-key-01⟧");',
      'client := airtable.NewClient("⟦supersecret⟧")',
      'client := notionapi.NewClient(notionapi.Token("⟦hunter2-prod⟧"))',
      'client, err := translate.NewClient(ctx, option.WithAPIKey("⟦3f9a1c7e5b2d8046af13c9e7d5b20a64⟧"))',
      'client := client.NewClient(\n\toption.WithToken("⟦mysecretkey123⟧"),\n)',
      'cred := azcore.NewKeyCredential("⟦acme-live-key-01⟧")',
      'var client = new VendorClient(new ApiKeyCredential("⟦s3cr3tT0ken⟧"));',
      "authCredentials: new weaviate.ApiKey('⟦supersecret⟧'),",
      'AuthConfig: auth.ApiKey{Value: "⟦hunter2-prod⟧"},',
    ],
    clean: [
      "const resend = new Resend(process.env.RESEND_API_KEY);",
      'val resend = Resend("YOUR_API_KEY")',
      'client := resend.NewClient(apiKey)',
      "button.onClick(() => resend('Resend the code'));",
      'const client = new postmark.ServerClient(process.env.POSTMARK_SERVER_TOKEN);',
      'var client = new PostmarkClient("<server-token>");',
      'client, err := translate.NewClient(ctx, option.WithAPIKey(os.Getenv("GOOGLE_API_KEY")))',
      'client, err := storage.NewClient(ctx, option.WithTokenSource(ts))',
      'client, err := storage.NewClient(ctx, option.WithEndpoint("https://storage.example.com"))',
      'cred := azcore.NewKeyCredential(key)',
      'var client = new VendorClient(new ApiKeyCredential(Environment.GetEnvironmentVariable("VENDOR_KEY")));',
      'AuthConfig: auth.ApiKey{Value: cfg.APIKey},',
    ],
  },
  'sdk-client-keyword-key': {
    secrets: [
      "gmaps = googlemaps.Client(key='⟦mysecretkey123⟧')",
      'notion = Client(auth="⟦hunter2-prod⟧")',
      "const notion = new Client({ auth: '⟦acme-live-key-01⟧' });",
      "const notion = new Client({\n  auth: '⟦s3cr3tT0ken⟧',\n});",
    ],
    clean: [
      "gmaps = googlemaps.Client(key=os.environ['GOOGLE_MAPS_KEY'])",
      'notion = Client(auth=os.environ["NOTION_TOKEN"])',
      'const notion = new Client({ auth: process.env.NOTION_TOKEN });',
      "const notion = new Client({ auth: '<your-integration-token>' });",
      'r = requests.get(url, auth=HTTPBasicAuth(user, password))',
    ],
  },
  'sdk-builder-token': {
    secrets: [
      'SquareClient client = SquareClient.builder()\n    .token("⟦hunter2-prod⟧")\n    .build();',
      'VendorClient client = VendorClient.builder().token("⟦mysecretkey123⟧").build();',
    ],
    clean: [
      'SquareClient client = SquareClient.builder().token(System.getenv("SQUARE_TOKEN")).build();',
      'SquareClient client = SquareClient.builder().token("YOUR_TOKEN").build();',
      'Token t = lexer.token("IDENTIFIER");',
    ],
  },
  'sdk-client-second-key-argument': {
    secrets: [
      "const client = algoliasearch('ABCD1234EF', '⟦hunter2-prod⟧');",
      'client = SearchClientSync("ABCD1234EF", "⟦mysecretkey123⟧")',
      "client = SearchClient.create('ABCD1234EF', '⟦acme-live-key-01⟧')",
      "$client = SearchClient::create('ABCD1234EF', '⟦s3cr3tT0ken⟧');",
      "client = Algolia::Search::Client.create('ABCD1234EF', '⟦supersecret⟧')",
      'client, err := search.NewClient("ABCD1234EF", "⟦hunter2-prod⟧")',
      'var client = new SearchClient(new SearchConfig("ABCD1234EF", "⟦mysecretkey123⟧"));',
      'SearchClient client = new SearchClient("ABCD1234EF", "⟦acme-live-key-01⟧");',
      "$basic = new \\Vonage\\Client\\Credentials\\Basic('a1b2c3d4', '⟦s3cr3tT0ken⟧');",
      'auth := vonage.CreateAuthFromKeySecret("a1b2c3d4", "⟦supersecret⟧")',
      "$pusher = new Pusher\\Pusher('a1b2c3d4e5f6a7b8c9d0', '⟦hunter2-prod⟧', '1234567', $options);",
      // OpenAPI Generator's PHP clients, as Brevo's README configures one.
      "$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKey('api-key', '⟦mysecretkey123⟧');",
      "$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKey('partner-key', '⟦hunter2-prod⟧');",
      '$config->setApiKey("X-API-Key", "⟦3f2504e0-4f89-41d3-9a0c-0305e82c3301⟧");',
    ],
    clean: [
      "const client = algoliasearch('ABCD1234EF', process.env.ALGOLIA_API_KEY);",
      "const client = algoliasearch('ABCD1234EF', 'YourSearchOnlyAPIKey');",
      'client = SearchClientSync(app_id, api_key)',
      // Azure's SearchClient: an endpoint, an index name, a credential.
      'var client = new SearchClient(new Uri(endpoint), "hotels", new AzureKeyCredential(key));',
      'SearchClient client = new SearchClient(endpoint, "hotels", credential);',
      "$basic = new \\Vonage\\Client\\Credentials\\Basic(getenv('VONAGE_KEY'), getenv('VONAGE_SECRET'));",
      "$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKey('api-key', 'YOUR_API_KEY');",
      "$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKeyPrefix('api-key', 'Bearer');",
      "$config->setApiKey('api-key', getenv('BREVO_API_KEY'));",
      "$config->setApiKey('api-key', $apiKey);",
    ],
  },
  'sdk-client-later-key-argument': {
    secrets: [
      'Pusher pusher = new Pusher("1234567", "a1b2c3d4e5f6a7b8c9d0", "⟦hunter2-prod⟧");',
      'var pusher = new Pusher("1234567", "a1b2c3d4e5f6a7b8c9d0", "⟦mysecretkey123⟧", options);',
      'BraintreeGateway gateway = new BraintreeGateway(\n  Environment.SANDBOX,\n  "x7k2m9p4q8r3",\n  "h3j8k2m9q4r7t6v1",\n  "⟦acme-live-key-01⟧"\n);',
    ],
    clean: [
      'Pusher pusher = new Pusher(appId, appKey, System.getenv("PUSHER_SECRET"));',
      'Pusher pusher = new Pusher("1234567", appKey, secret);',
      'BraintreeGateway gateway = new BraintreeGateway(Environment.SANDBOX, merchantId, publicKey, privateKey);',
      'BraintreeGateway gateway = new BraintreeGateway(Environment.SANDBOX, "x7k2m9p4q8r3", "h3j8k2m9q4r7t6v1", "use_your_private_key");',
    ],
  },
};
