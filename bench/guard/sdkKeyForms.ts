// The ways a user's code hands a key to an SaaS or cloud SDK's client, each as the vendor's API reference or quickstart
// writes it (sdkKeyProbe.ts reads them). The vendors are none of holdout57's; the documents are named per group.

export type SdkLanguage = 'py' | 'js' | 'go' | 'java' | 'kotlin' | 'cs' | 'rb' | 'php' | 'env';
/** Where the key stands: a keyword argument, a positional one, an option object's field, a builder's or setter's
 * argument, an attribute assigned, a struct literal's field, a credential object's argument, an environment variable. */
export type SdkKind = 'keyword' | 'positional' | 'option' | 'builder' | 'attribute' | 'struct' | 'credential' | 'env';

export interface SdkForm {
  readonly id: string;
  readonly language: SdkLanguage;
  readonly kind: SdkKind;
  /** The call with the key's content at §V§ inside the form's quotes. */
  readonly template: string;
  /** The quoted place (`"§V§"` unless given), replaced whole by each of `references`. */
  readonly place?: string;
  /** The same place written as a reference: None, an environment lookup, a variable, an attribute. */
  readonly references?: readonly string[];
  /** The vendor's own key shape, where its documentation shows one (fake, made here). */
  readonly vendorToken?: string;
}

/** The value shapes every form is filled with besides its vendor's own. */
export const SDK_VALUES: readonly { readonly shape: string; readonly value: string }[] = [
  { shape: 'base62', value: 'Qm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaU' },
  { shape: 'uuid', value: 'b1e6c5a2-7d3f-4e8a-9c21-5f0d6a3b8e47' },
  { shape: 'hex32', value: '3f9a1c7e5b2d8046af13c9e7d5b20a64' },
  { shape: 'plain:mysecretkey123', value: 'mysecretkey123' },
  { shape: 'plain:hunter2-prod', value: 'hunter2-prod' },
  { shape: 'plain:supersecret', value: 'supersecret' },
  { shape: 'plain:acme-live-key-01', value: 'acme-live-key-01' },
  { shape: 'plain:s3cr3tT0ken', value: 's3cr3tT0ken' },
];

/** The placeholder policy's stand-ins written in the same place: every one must be left. */
export const SDK_STAND_INS: readonly string[] = [
  'YOUR_API_KEY',
  '<your-api-key>',
  'xxxxxxxxxxxxxxxxxxxxxxxx',
  '${API_KEY}',
  'your-api-key-here',
  'YourAPIKey',
];

const PY_REFS = ['None', 'os.environ["VENDOR_API_KEY"]', 'os.getenv("VENDOR_API_KEY")', 'api_key', 'self.token', 'settings.API_KEY'];
const JS_REFS = ['process.env.VENDOR_API_KEY', 'apiKey', 'config.apiKey', 'undefined'];
const GO_REFS = ['os.Getenv("VENDOR_API_KEY")', 'apiKey', 'cfg.APIKey'];
const JAVA_REFS = ['System.getenv("VENDOR_API_KEY")', 'apiKey', 'config.getApiKey()'];
const CS_REFS = ['Environment.GetEnvironmentVariable("VENDOR_API_KEY")', 'apiKey', 'configuration["Vendor:ApiKey"]'];
const RB_REFS = ["ENV['VENDOR_API_KEY']", 'api_key', 'Rails.application.credentials.vendor_api_key'];
const PHP_REFS = ["getenv('VENDOR_API_KEY')", '$apiKey', "$_ENV['VENDOR_API_KEY']"];

// Vendors' own shapes, made here to the documented prefix and length (none is a real key).
const T = {
  resend: 're_Hk3mT9qZ_7vP2xRw4LcN8bYs5dJf6GaE',
  notion: 'ntn_482930174652Hq7mZkP3xVt9LcR2wNbYs5dJf6GaEu1',
  linear: 'lin_api_Qm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaUk5Rt0wXy',
  airtable: 'patQm7fK2pX9vLr4T.3f9a1c7e5b2d8046af13c9e7d5b20a643f9a1c7e5b2d8046af13c9e7d5b20a64',
  shopify: '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',
  square: 'EAAAEQm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaUk5Rt0wXy-Hq7mZkP3xVt9LcR2wNbYs5dJ',
  brevo: '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',
  mapboxSecret: 'sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNseDEyMzQ1NiJ9.Qm7fK2pX9vLr4TnB8cWd3Y',
  contentful: 'CFPAT-Qm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaUk5Rt0wXyHq7',
  atlassian: 'ATATT3xFfGF0Qm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaUk5Rt0wXyHq7mZkP3xVt9LcR2=1A2B3C4D',
  intercom: 'dG9rOjEyMzQ1Njc4XzkwYWJfY2RlZl8xMjM0OjE6MA==',
  elastic: 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQm7fK2pX9',
  google: 'AIzaSyQm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaUk',
  mailchimp: '3f9a1c7e5b2d8046af13c9e7d5b20a64-us21',
  asana: '2/1204718293746521/1206547382910:3f9a1c7e5b2d8046af13c9e7d5b20a64',
  supabaseService: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.Qm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaUk5Rt0wXyHq7',
  supabaseSecret: 'sb_secret_Qm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaU',
};

export const SDK_FORMS: readonly SdkForm[] = [
  // Python. Qdrant's QdrantClient(url, api_key), Elasticsearch(cloud_id, api_key), Algolia's SearchClient(app_id,
  // api_key) and v3's SearchClient.create, Postmark's PostmarkClient(server_token), Resend's module attribute, Notion's
  // Client(auth=…), pyairtable's Api(token), Square's Client(access_token), Braintree's Configuration(private_key),
  // Pusher(secret=…), Vonage's Client(key, secret), jira's JIRA(basic_auth=(email, token)), Zenpy(token=…), Weaviate's
  // Auth.api_key(…), googlemaps.Client(key=…), Azure's AzureKeyCredential(key), Mailchimp's set_config({"api_key"}).
  { id: 'py qdrant QdrantClient api_key', language: 'py', kind: 'keyword', template: 'client = QdrantClient(url="https://xyz-example.eu-central.aws.cloud.qdrant.io:6333", api_key="§V§")', references: PY_REFS },
  { id: 'py Elasticsearch cloud api_key', language: 'py', kind: 'keyword', template: 'client = Elasticsearch(cloud_id="my-deployment:ZXUtd2VzdC0x", api_key="§V§")', references: PY_REFS, vendorToken: T.elastic },
  { id: 'py algolia SearchClientSync', language: 'py', kind: 'positional', template: 'client = SearchClientSync("ALGOLIA_APP_ID_1", "§V§")', references: PY_REFS },
  { id: 'py algolia SearchClient.create', language: 'py', kind: 'positional', template: "client = SearchClient.create('ABCD1234EF', '§V§')", place: "'§V§'", references: PY_REFS },
  { id: 'py postmark server_token', language: 'py', kind: 'keyword', template: "postmark = PostmarkClient(server_token='§V§')", place: "'§V§'", references: PY_REFS },
  { id: 'py resend module api_key', language: 'py', kind: 'attribute', template: 'resend.api_key = "§V§"', references: PY_REFS, vendorToken: T.resend },
  { id: 'py notion Client auth', language: 'py', kind: 'keyword', template: 'notion = Client(auth="§V§")', references: PY_REFS, vendorToken: T.notion },
  { id: 'py pyairtable Api', language: 'py', kind: 'positional', template: "api = Api('§V§')\ntable = api.table('appExampleBase01', 'tblExample')", place: "'§V§'", references: PY_REFS, vendorToken: T.airtable },
  { id: 'py square Client access_token', language: 'py', kind: 'keyword', template: "client = Client(access_token='§V§', environment='sandbox')", place: "'§V§'", references: PY_REFS, vendorToken: T.square },
  { id: 'py braintree private_key', language: 'py', kind: 'keyword', template: 'gateway = braintree.BraintreeGateway(\n    braintree.Configuration(\n        braintree.Environment.Sandbox,\n        merchant_id="use_your_merchant_id",\n        public_key="use_your_public_key",\n        private_key="§V§"\n    )\n)', references: PY_REFS },
  { id: 'py pusher secret', language: 'py', kind: 'keyword', template: "pusher_client = pusher.Pusher(app_id='1234567', key='a1b2c3d4e5f6a7b8c9d0', secret='§V§', cluster='eu', ssl=True)", place: "'§V§'", references: PY_REFS },
  { id: 'py vonage Client secret', language: 'py', kind: 'keyword', template: 'client = vonage.Client(key="a1b2c3d4", secret="§V§")', references: PY_REFS },
  { id: 'py jira basic_auth tuple', language: 'py', kind: 'positional', template: 'jira = JIRA(server="https://acme.atlassian.net", basic_auth=("dev@example.com", "§V§"))', references: PY_REFS, vendorToken: T.atlassian },
  { id: 'py zenpy token', language: 'py', kind: 'keyword', template: "zenpy_client = Zenpy(email='dev@example.com', token='§V§', subdomain='acme')", place: "'§V§'", references: PY_REFS },
  { id: 'py weaviate Auth.api_key', language: 'py', kind: 'credential', template: 'client = weaviate.connect_to_weaviate_cloud(\n    cluster_url=weaviate_url,\n    auth_credentials=Auth.api_key("§V§"),\n)', references: PY_REFS },
  { id: 'py googlemaps key', language: 'py', kind: 'keyword', template: "gmaps = googlemaps.Client(key='§V§')", place: "'§V§'", references: PY_REFS, vendorToken: T.google },
  { id: 'py azure AzureKeyCredential', language: 'py', kind: 'credential', template: 'client = SearchClient(endpoint, index_name, AzureKeyCredential("§V§"))', references: PY_REFS },
  { id: 'py mailchimp set_config', language: 'py', kind: 'option', template: 'client.set_config({\n  "api_key": "§V§",\n  "server": "us21"\n})', references: PY_REFS, vendorToken: T.mailchimp },
  { id: 'py supabase create_client', language: 'py', kind: 'positional', template: 'supabase = create_client("https://abcdefgh.supabase.co", "§V§")', references: PY_REFS, vendorToken: T.supabaseService },
  { id: 'py linear headers Authorization', language: 'py', kind: 'option', template: 'headers = {"Authorization": "§V§"}\nrequests.post("https://api.linear.app/graphql", json=query, headers=headers)', references: PY_REFS, vendorToken: T.linear },

  // JavaScript / TypeScript. algoliasearch(appId, apiKey), @notionhq/client's new Client({ auth }), @linear/sdk's
  // new LinearClient({ apiKey }), resend's new Resend(key), postmark's new ServerClient(token), contentful-management's
  // createClient({ accessToken }), airtable's new Airtable({ apiKey }), pusher's new Pusher({ secret }), square's new
  // SquareClient({ token }), @vonage/server-sdk's new Vonage({ apiKey, apiSecret }), @qdrant/js-client-rest's new
  // QdrantClient({ url, apiKey }), @elastic/elasticsearch's new Client({ auth: { apiKey } }), @shopify/shopify-api's
  // shopifyApi({ apiSecretKey, adminApiAccessToken }), braintree's new BraintreeGateway({ privateKey }), jira.js's
  // authentication basic { email, apiToken }, @mailchimp/mailchimp_marketing's setConfig({ apiKey }), Weaviate's new ApiKey.
  { id: 'js algoliasearch positional', language: 'js', kind: 'positional', template: "const client = algoliasearch('ABCD1234EF', '§V§');", place: "'§V§'", references: JS_REFS },
  { id: 'js notion Client auth', language: 'js', kind: 'option', template: "const notion = new Client({ auth: '§V§' });", place: "'§V§'", references: JS_REFS, vendorToken: T.notion },
  { id: 'js linear fetch headers Authorization', language: 'js', kind: 'option', template: 'const res = await fetch("https://api.linear.app/graphql", {\n  method: "POST",\n  headers: { "Content-Type": "application/json", Authorization: "§V§" },\n  body: JSON.stringify({ query }),\n});', references: JS_REFS, vendorToken: T.linear },
  { id: 'js linear LinearClient apiKey', language: 'js', kind: 'option', template: 'const linearClient = new LinearClient({\n  apiKey: "§V§"\n});', references: JS_REFS, vendorToken: T.linear },
  { id: 'js resend constructor', language: 'js', kind: 'positional', template: "const resend = new Resend('§V§');", place: "'§V§'", references: JS_REFS, vendorToken: T.resend },
  { id: 'js postmark ServerClient', language: 'js', kind: 'positional', template: 'const client = new postmark.ServerClient("§V§");', references: JS_REFS },
  { id: 'js contentful management accessToken', language: 'js', kind: 'option', template: "const client = contentful.createClient({\n  accessToken: '§V§'\n});", place: "'§V§'", references: JS_REFS, vendorToken: T.contentful },
  { id: 'js airtable apiKey', language: 'js', kind: 'option', template: "const base = new Airtable({ apiKey: '§V§' }).base('appExampleBase01');", place: "'§V§'", references: JS_REFS, vendorToken: T.airtable },
  { id: 'js pusher secret', language: 'js', kind: 'option', template: 'const pusher = new Pusher({\n  appId: "1234567",\n  key: "a1b2c3d4e5f6a7b8c9d0",\n  secret: "§V§",\n  cluster: "eu",\n  useTLS: true\n});', references: JS_REFS },
  { id: 'js square SquareClient token', language: 'js', kind: 'option', template: 'const client = new SquareClient({\n  token: "§V§",\n  environment: SquareEnvironment.Sandbox,\n});', references: JS_REFS, vendorToken: T.square },
  { id: 'js vonage apiSecret', language: 'js', kind: 'option', template: "const vonage = new Vonage({\n  apiKey: 'a1b2c3d4',\n  apiSecret: '§V§'\n});", place: "'§V§'", references: JS_REFS },
  { id: 'js qdrant QdrantClient apiKey', language: 'js', kind: 'option', template: "const client = new QdrantClient({ url: 'https://xyz-example.cloud.qdrant.io', apiKey: '§V§' });", place: "'§V§'", references: JS_REFS },
  { id: 'js elastic auth apiKey', language: 'js', kind: 'option', template: "const client = new Client({\n  cloud: { id: '<cloud-id>' },\n  auth: { apiKey: '§V§' }\n})", place: "'§V§'", references: JS_REFS, vendorToken: T.elastic },
  { id: 'js shopify apiSecretKey', language: 'js', kind: 'option', template: "const shopify = shopifyApi({\n  apiKey: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',\n  apiSecretKey: '§V§',\n  scopes: ['read_products'],\n  hostName: 'ngrok-tunnel-address',\n});", place: "'§V§'", references: JS_REFS },
  { id: 'js shopify adminApiAccessToken', language: 'js', kind: 'option', template: "const shopify = shopifyApi({\n  apiSecretKey: 'App_API_Secret_Key',\n  adminApiAccessToken: '§V§',\n  isCustomStoreApp: true,\n});", place: "'§V§'", references: JS_REFS, vendorToken: T.shopify },
  { id: 'js braintree privateKey', language: 'js', kind: 'option', template: 'const gateway = new braintree.BraintreeGateway({\n  environment: braintree.Environment.Sandbox,\n  merchantId: "useYourMerchantId",\n  publicKey: "useYourPublicKey",\n  privateKey: "§V§"\n});', references: JS_REFS },
  { id: 'js jira.js apiToken', language: 'js', kind: 'option', template: "const client = new Version3Client({\n  host: 'https://your-domain.atlassian.net',\n  authentication: {\n    basic: {\n      email: 'dev@example.com',\n      apiToken: '§V§',\n    },\n  },\n});", place: "'§V§'", references: JS_REFS, vendorToken: T.atlassian },
  { id: 'js mailchimp setConfig apiKey', language: 'js', kind: 'option', template: 'mailchimp.setConfig({\n  apiKey: "§V§",\n  server: "us21",\n});', references: JS_REFS, vendorToken: T.mailchimp },
  { id: 'js weaviate ApiKey', language: 'js', kind: 'credential', template: "const client = await weaviate.connectToWeaviateCloud(weaviateURL, {\n  authCredentials: new weaviate.ApiKey('§V§'),\n});", place: "'§V§'", references: JS_REFS },
  { id: 'js mapbox sdk secret accessToken', language: 'js', kind: 'option', template: "const baseClient = mbxClient({ accessToken: '§V§' });", place: "'§V§'", references: JS_REFS, vendorToken: T.mapboxSecret },
  { id: 'ts intercom token', language: 'js', kind: 'option', template: 'const client = new IntercomClient({ token: "§V§" });', references: JS_REFS, vendorToken: T.intercom },

  // Go. option.WithAPIKey (Google Cloud), AWS SDK v2's credentials.NewStaticCredentialsProvider, azcore's
  // NewKeyCredential, resend-go's NewClient, notionapi's NewClient(notionapi.Token(…)), Algolia's search.NewClient,
  // qdrant's Config{APIKey}, go-elasticsearch's Config{APIKey}, pusher-http-go's Client{Secret}, weaviate's
  // auth.ApiKey{Value}, Square's option.WithToken, airtable's NewClient.
  { id: 'go option.WithAPIKey', language: 'go', kind: 'builder', template: 'client, err := translate.NewClient(ctx, option.WithAPIKey("§V§"))', references: GO_REFS, vendorToken: T.google },
  { id: 'go aws NewStaticCredentialsProvider', language: 'go', kind: 'credential', template: 'cfg, err := config.LoadDefaultConfig(ctx,\n\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAIOSFODNN7EXAMPLE", "§V§", "")))', references: GO_REFS, vendorToken: T.awsSecret },
  { id: 'go azcore NewKeyCredential', language: 'go', kind: 'credential', template: 'cred := azcore.NewKeyCredential("§V§")', references: GO_REFS },
  { id: 'go linear Header.Set Authorization', language: 'go', kind: 'option', template: 'req.Header.Set("Authorization", "§V§")', references: GO_REFS, vendorToken: T.linear },
  { id: 'go resend NewClient', language: 'go', kind: 'positional', template: 'client := resend.NewClient("§V§")', references: GO_REFS, vendorToken: T.resend },
  { id: 'go notionapi Token', language: 'go', kind: 'credential', template: 'client := notionapi.NewClient(notionapi.Token("§V§"))', references: GO_REFS, vendorToken: T.notion },
  { id: 'go algolia search.NewClient', language: 'go', kind: 'positional', template: 'client, err := search.NewClient("ABCD1234EF", "§V§")', references: GO_REFS },
  { id: 'go qdrant Config APIKey', language: 'go', kind: 'struct', template: 'client, err := qdrant.NewClient(&qdrant.Config{\n\tHost:   "xyz-example.eu-central.aws.cloud.qdrant.io",\n\tPort:   6334,\n\tAPIKey: "§V§",\n\tUseTLS: true,\n})', references: GO_REFS },
  { id: 'go elasticsearch Config APIKey', language: 'go', kind: 'struct', template: 'es, err := elasticsearch.NewClient(elasticsearch.Config{\n\tCloudID: "my-deployment:ZXUtd2VzdC0x",\n\tAPIKey:  "§V§",\n})', references: GO_REFS, vendorToken: T.elastic },
  { id: 'go pusher Client Secret', language: 'go', kind: 'struct', template: 'pusherClient := pusher.Client{\n\tAppID:   "1234567",\n\tKey:     "a1b2c3d4e5f6a7b8c9d0",\n\tSecret:  "§V§",\n\tCluster: "eu",\n\tSecure:  true,\n}', references: GO_REFS },
  { id: 'go weaviate auth.ApiKey', language: 'go', kind: 'struct', template: 'cfg := weaviate.Config{\n\tHost:       "my-cluster.weaviate.network",\n\tScheme:     "https",\n\tAuthConfig: auth.ApiKey{Value: "§V§"},\n}', references: GO_REFS },
  { id: 'go square option.WithToken', language: 'go', kind: 'builder', template: 'client := client.NewClient(\n\toption.WithToken("§V§"),\n)', references: GO_REFS, vendorToken: T.square },
  { id: 'go airtable NewClient', language: 'go', kind: 'positional', template: 'client := airtable.NewClient("§V§")', references: GO_REFS, vendorToken: T.airtable },

  // Java / Kotlin. Algolia's new SearchClient(appId, apiKey), Resend's new Resend(key), Postmark's
  // Postmark.getApiClient(token), Qdrant's builder withApiKey, Square's builder token / accessToken, Braintree's
  // BraintreeGateway(env, merchantId, publicKey, privateKey), Pusher(appId, key, secret), Vonage's builder apiSecret,
  // Azure's AzureKeyCredential, AWS SDK v2's AwsBasicCredentials.create, Brevo's ApiKeyAuth.setApiKey, Elastic's
  // ApiKey header, Kotlin's named arguments.
  { id: 'java algolia SearchClient', language: 'java', kind: 'positional', template: 'SearchClient client = new SearchClient("ABCD1234EF", "§V§");', references: JAVA_REFS },
  { id: 'java resend constructor', language: 'java', kind: 'positional', template: 'Resend resend = new Resend("§V§");', references: JAVA_REFS, vendorToken: T.resend },
  { id: 'java postmark getApiClient', language: 'java', kind: 'positional', template: 'ApiClient client = Postmark.getApiClient("§V§");', references: JAVA_REFS },
  { id: 'java qdrant withApiKey', language: 'java', kind: 'builder', template: 'QdrantClient client = new QdrantClient(\n    QdrantGrpcClient.newBuilder("xyz-example.cloud.qdrant.io", 6334, true)\n        .withApiKey("§V§")\n        .build());', references: JAVA_REFS },
  { id: 'java square builder token', language: 'java', kind: 'builder', template: 'SquareClient client = SquareClient.builder()\n    .token("§V§")\n    .environment(Environment.SANDBOX)\n    .build();', references: JAVA_REFS, vendorToken: T.square },
  { id: 'java square accessToken', language: 'java', kind: 'builder', template: 'SquareClient client = new SquareClient.Builder()\n    .environment(Environment.SANDBOX)\n    .accessToken("§V§")\n    .build();', references: JAVA_REFS, vendorToken: T.square },
  { id: 'java braintree gateway', language: 'java', kind: 'positional', template: 'BraintreeGateway gateway = new BraintreeGateway(\n  Environment.SANDBOX,\n  "your_merchant_id",\n  "your_public_key",\n  "§V§"\n);', references: JAVA_REFS },
  { id: 'java pusher constructor', language: 'java', kind: 'positional', template: 'Pusher pusher = new Pusher("1234567", "a1b2c3d4e5f6a7b8c9d0", "§V§");', references: JAVA_REFS },
  { id: 'java vonage apiSecret', language: 'java', kind: 'builder', template: 'VonageClient client = VonageClient.builder()\n    .apiKey("a1b2c3d4")\n    .apiSecret("§V§")\n    .build();', references: JAVA_REFS },
  { id: 'java azure AzureKeyCredential', language: 'java', kind: 'credential', template: 'SearchClient searchClient = new SearchClientBuilder()\n    .endpoint(endpoint)\n    .credential(new AzureKeyCredential("§V§"))\n    .indexName(indexName)\n    .buildClient();', references: JAVA_REFS },
  { id: 'java aws AwsBasicCredentials', language: 'java', kind: 'credential', template: 'AwsBasicCredentials awsCreds = AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "§V§");', references: JAVA_REFS, vendorToken: T.awsSecret },
  { id: 'java brevo setApiKey', language: 'java', kind: 'builder', template: 'ApiKeyAuth apiKey = (ApiKeyAuth) defaultClient.getAuthentication("api-key");\napiKey.setApiKey("§V§");', references: JAVA_REFS, vendorToken: T.brevo },
  { id: 'java setToken', language: 'java', kind: 'builder', template: 'HttpBearerAuth bearerAuth = (HttpBearerAuth) defaultClient.getAuthentication("bearerAuth");\nbearerAuth.setBearerToken("§V§");', references: JAVA_REFS },
  { id: 'kotlin qdrant named', language: 'kotlin', kind: 'builder', template: 'val client = QdrantClient(QdrantGrpcClient.newBuilder("xyz-example.cloud.qdrant.io", 6334, true).withApiKey("§V§").build())', references: JAVA_REFS },
  { id: 'kotlin resend constructor', language: 'kotlin', kind: 'positional', template: 'val resend = Resend("§V§")', references: JAVA_REFS, vendorToken: T.resend },

  // C#. Azure's AzureKeyCredential, System.ClientModel's ApiKeyCredential, Algolia's new SearchClient(appId, apiKey),
  // Postmark's new PostmarkClient(token), Resend's ResendClient.Create, Braintree's object initializer, Qdrant's named
  // apiKey, Brevo's Configuration.Default.ApiKey.Add, Pusher(appId, key, secret, options).
  { id: 'cs AzureKeyCredential', language: 'cs', kind: 'credential', template: 'var client = new SearchClient(endpoint, indexName, new AzureKeyCredential("§V§"));', references: CS_REFS },
  { id: 'cs ApiKeyCredential', language: 'cs', kind: 'credential', template: 'var client = new VendorClient(new ApiKeyCredential("§V§"));', references: CS_REFS },
  { id: 'cs algolia SearchClient', language: 'cs', kind: 'positional', template: 'var client = new SearchClient(new SearchConfig("ABCD1234EF", "§V§"));', references: CS_REFS },
  { id: 'cs postmark PostmarkClient', language: 'cs', kind: 'positional', template: 'var client = new PostmarkClient("§V§");', references: CS_REFS },
  { id: 'cs resend Create', language: 'cs', kind: 'positional', template: 'IResend resend = ResendClient.Create("§V§");', references: CS_REFS, vendorToken: T.resend },
  { id: 'cs braintree initializer', language: 'cs', kind: 'option', template: 'var gateway = new BraintreeGateway\n{\n    Environment = Braintree.Environment.SANDBOX,\n    MerchantId = "your_merchant_id",\n    PublicKey = "your_public_key",\n    PrivateKey = "§V§"\n};', references: CS_REFS },
  { id: 'cs qdrant named apiKey', language: 'cs', kind: 'keyword', template: 'var client = new QdrantClient(\n  host: "xyz-example.eu-central.aws.cloud.qdrant.io",\n  https: true,\n  apiKey: "§V§"\n);', references: CS_REFS },
  { id: 'cs brevo ApiKey.Add', language: 'cs', kind: 'builder', template: 'Configuration.Default.ApiKey.Add("api-key", "§V§");', references: CS_REFS, vendorToken: T.brevo },
  { id: 'cs pusher constructor', language: 'cs', kind: 'positional', template: 'var pusher = new Pusher("1234567", "a1b2c3d4e5f6a7b8c9d0", "§V§", options);', references: CS_REFS },

  // Ruby. Resend.api_key =, Algolia::SearchClient.create, Postmark::ApiClient.new(token), Pusher::Client.new(secret:),
  // Braintree::Gateway.new(private_key:), Vonage::Client.new(api_secret:), ShopifyAPI::Context.setup(api_secret_key:),
  // Aws::Credentials.new, ZendeskAPI's config.token =, Intercom::Client.new(token:), Square::Client.new(access_token:).
  { id: 'rb resend api_key', language: 'rb', kind: 'attribute', template: 'Resend.api_key = "§V§"', references: RB_REFS, vendorToken: T.resend },
  { id: 'rb algolia create', language: 'rb', kind: 'positional', template: "client = Algolia::Search::Client.create('ABCD1234EF', '§V§')", place: "'§V§'", references: RB_REFS },
  { id: 'rb postmark ApiClient', language: 'rb', kind: 'positional', template: "client = Postmark::ApiClient.new('§V§')", place: "'§V§'", references: RB_REFS },
  { id: 'rb pusher secret', language: 'rb', kind: 'keyword', template: "pusher = Pusher::Client.new(\n  app_id: '1234567',\n  key: 'a1b2c3d4e5f6a7b8c9d0',\n  secret: '§V§',\n  cluster: 'eu'\n)", place: "'§V§'", references: RB_REFS },
  { id: 'rb braintree private_key', language: 'rb', kind: 'keyword', template: 'gateway = Braintree::Gateway.new(\n  environment: :sandbox,\n  merchant_id: "use_your_merchant_id",\n  public_key: "use_your_public_key",\n  private_key: "§V§",\n)', references: RB_REFS },
  { id: 'rb vonage api_secret', language: 'rb', kind: 'keyword', template: "client = Vonage::Client.new(api_key: 'a1b2c3d4', api_secret: '§V§')", place: "'§V§'", references: RB_REFS },
  { id: 'rb shopify api_secret_key', language: 'rb', kind: 'keyword', template: 'ShopifyAPI::Context.setup(\n  api_key: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",\n  api_secret_key: "§V§",\n  host: "http://localhost:3000",\n  is_embedded: true,\n)', references: RB_REFS },
  { id: 'rb aws Credentials', language: 'rb', kind: 'credential', template: "Aws.config.update(credentials: Aws::Credentials.new('AKIAIOSFODNN7EXAMPLE', '§V§'))", place: "'§V§'", references: RB_REFS, vendorToken: T.awsSecret },
  { id: 'rb zendesk config.token', language: 'rb', kind: 'attribute', template: 'client = ZendeskAPI::Client.new do |config|\n  config.url = "https://acme.zendesk.com/api/v2"\n  config.username = "dev@example.com"\n  config.token = "§V§"\nend', references: RB_REFS },
  { id: 'rb intercom token', language: 'rb', kind: 'keyword', template: "intercom = Intercom::Client.new(token: '§V§')", place: "'§V§'", references: RB_REFS, vendorToken: T.intercom },
  { id: 'rb square access_token', language: 'rb', kind: 'keyword', template: "client = Square::Client.new(access_token: '§V§', environment: 'sandbox')", place: "'§V§'", references: RB_REFS, vendorToken: T.square },

  // PHP. Algolia's SearchClient::create, Resend::client, Postmark's new PostmarkClient, Pusher's new Pusher\Pusher(key,
  // secret, app_id), Braintree's new Gateway([...'privateKey']), Brevo's Configuration setApiKey, Vonage's Basic
  // credentials, Mailchimp's setConfig(['apiKey']), Intercom's new IntercomClient(token).
  { id: 'php algolia create', language: 'php', kind: 'positional', template: "$client = SearchClient::create('ABCD1234EF', '§V§');", place: "'§V§'", references: PHP_REFS },
  { id: 'php resend client', language: 'php', kind: 'positional', template: "$resend = Resend::client('§V§');", place: "'§V§'", references: PHP_REFS, vendorToken: T.resend },
  { id: 'php postmark PostmarkClient', language: 'php', kind: 'positional', template: '$client = new PostmarkClient("§V§");', references: PHP_REFS },
  { id: 'php pusher constructor', language: 'php', kind: 'positional', template: "$pusher = new Pusher\\Pusher('a1b2c3d4e5f6a7b8c9d0', '§V§', '1234567', $options);", place: "'§V§'", references: PHP_REFS },
  { id: 'php braintree privateKey', language: 'php', kind: 'option', template: "$gateway = new Braintree\\Gateway([\n    'environment' => 'sandbox',\n    'merchantId' => 'your_merchant_id',\n    'publicKey' => 'your_public_key',\n    'privateKey' => '§V§'\n]);", place: "'§V§'", references: PHP_REFS },
  { id: 'php brevo setApiKey', language: 'php', kind: 'builder', template: "$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKey('api-key', '§V§');", place: "'§V§'", references: PHP_REFS, vendorToken: T.brevo },
  { id: 'php vonage Basic', language: 'php', kind: 'credential', template: "$basic = new \\Vonage\\Client\\Credentials\\Basic('a1b2c3d4', '§V§');\n$client = new \\Vonage\\Client($basic);", place: "'§V§'", references: PHP_REFS },
  { id: 'php mailchimp setConfig', language: 'php', kind: 'option', template: "$mailchimp->setConfig([\n    'apiKey' => '§V§',\n    'server' => 'us21'\n]);", place: "'§V§'", references: PHP_REFS, vendorToken: T.mailchimp },
  { id: 'php brevo setApiKey partner-key', language: 'php', kind: 'builder', template: "$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKey('partner-key', '§V§');", place: "'§V§'", references: PHP_REFS, vendorToken: T.brevo },
  { id: 'php intercom client', language: 'php', kind: 'positional', template: "$client = new IntercomClient('§V§');", place: "'§V§'", references: PHP_REFS, vendorToken: T.intercom },

  // The SDKs' documented environment variables, as a .env line and an export.
  { id: 'env RESEND_API_KEY', language: 'env', kind: 'env', template: 'RESEND_API_KEY=§V§', place: '§V§', vendorToken: T.resend },
  { id: 'env POSTMARK_SERVER_TOKEN', language: 'env', kind: 'env', template: 'export POSTMARK_SERVER_TOKEN=§V§', place: '§V§' },
  { id: 'env ALGOLIA_ADMIN_API_KEY', language: 'env', kind: 'env', template: 'ALGOLIA_APP_ID=ABCD1234EF\nALGOLIA_ADMIN_API_KEY=§V§', place: '§V§' },
  { id: 'env QDRANT_API_KEY', language: 'env', kind: 'env', template: 'QDRANT__SERVICE__API_KEY=§V§', place: '§V§' },
  { id: 'env NOTION_TOKEN', language: 'env', kind: 'env', template: 'NOTION_TOKEN=§V§', place: '§V§', vendorToken: T.notion },
  { id: 'env SUPABASE_SERVICE_ROLE_KEY', language: 'env', kind: 'env', template: 'SUPABASE_SERVICE_ROLE_KEY=§V§', place: '§V§', vendorToken: T.supabaseService },
  { id: 'env SUPABASE_SECRET_KEY', language: 'env', kind: 'env', template: 'SUPABASE_SECRET_KEY=§V§', place: '§V§', vendorToken: T.supabaseSecret },
  { id: 'env SQUARE_ACCESS_TOKEN', language: 'env', kind: 'env', template: 'SQUARE_ACCESS_TOKEN="§V§"', vendorToken: T.square },
  { id: 'env BRAINTREE_PRIVATE_KEY', language: 'env', kind: 'env', template: 'BRAINTREE_PRIVATE_KEY=§V§', place: '§V§' },
  { id: 'env PUSHER_APP_SECRET', language: 'env', kind: 'env', template: 'PUSHER_APP_SECRET=§V§', place: '§V§' },
  { id: 'env VONAGE_API_SECRET', language: 'env', kind: 'env', template: 'VONAGE_API_SECRET=§V§', place: '§V§' },
  { id: 'env ELASTIC_API_KEY', language: 'env', kind: 'env', template: 'export ELASTIC_API_KEY="§V§"', vendorToken: T.elastic },
  { id: 'env CONTENTFUL_MANAGEMENT_TOKEN', language: 'env', kind: 'env', template: 'CONTENTFUL_MANAGEMENT_TOKEN=§V§', place: '§V§', vendorToken: T.contentful },
  { id: 'env MAPBOX secret', language: 'env', kind: 'env', template: 'MAPBOX_SECRET_TOKEN=§V§', place: '§V§', vendorToken: T.mapboxSecret },
];

// The forms' public siblings: what the vendor calls public or what is not a key at all, in the same calls.
export const SDK_LEAVE: readonly string[] = [
  'client = QdrantClient(url="https://xyz-example.eu-central.aws.cloud.qdrant.io:6333", api_key=None)',
  'client = QdrantClient(url=QDRANT_URL, api_key=os.environ["QDRANT_API_KEY"])',
  'client = QdrantClient(url=url, api_key=api_key)',
  'self.client = Client(token=self.token)',
  'resend.api_key = os.environ["RESEND_API_KEY"]',
  'const client = new QdrantClient({ url: process.env.QDRANT_URL, apiKey: process.env.QDRANT_API_KEY });',
  'const client = new Client({ apiKey: process.env.VENDOR_API_KEY, model: "text-embedding-3-small" });',
  'client = Client(api_key=api_key, model="embed-english-v3.0", base_url="https://api.example.com/v1")',
  'client = Client(organization="org-Qm7fK2pX9vLr4TnB8cWd3YhZ", base_url="https://api.example.com/v1")',
  "const client = algoliasearch('ABCD1234EF', process.env.ALGOLIA_SEARCH_KEY);",
  // A public key where the vendor calls it public: Braintree's public key, Pusher's app key, Mapbox's pk. token,
  // Firebase's web apiKey (an identifier by Firebase's documentation), Algolia's application id.
  'braintree.Configuration(braintree.Environment.Sandbox, merchant_id="x7k2m9p4q8r3", public_key="h3j8k2m9q4r7t6v1", private_key=os.environ["BT_PRIVATE_KEY"])',
  "const pusher = new Pusher({ appId: '1234567', key: 'a1b2c3d4e5f6a7b8c9d0', secret: process.env.PUSHER_SECRET, cluster: 'eu' });",
  "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNseDEyMzQ1NiJ9.Qm7fK2pX9vLr4TnB8cWd3Y';",
  'const firebaseConfig = {\n  apiKey: "AIzaSyQm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaUk",\n  authDomain: "acme-app.firebaseapp.com",\n  projectId: "acme-app",\n};',
  'ALGOLIA_APP_ID=ABCD1234EF',
  // Supabase's publishable key ("safe to expose online", its API keys guide), where the secret one would stand.
  "const supabase = createClient('https://xyzcompany.supabase.co', 'sb_publishable_Qm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaU')",
  'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_Qm7fK2pX9vLr4TnB8cWd3YhZ6sJg1EaU',
  // The prefix an OpenAPI Generator PHP client puts before the key, and a header map whose credential is a reference.
  "$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKeyPrefix('api-key', 'Bearer');",
  'headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}',
  'client, err := qdrant.NewClient(&qdrant.Config{Host: "localhost", Port: 6334})',
  'es, err := elasticsearch.NewClient(elasticsearch.Config{CloudID: cloudID, APIKey: apiKey})',
  'SquareClient client = SquareClient.builder().token(System.getenv("SQUARE_TOKEN")).build();',
  'var client = new PostmarkClient(configuration["Postmark:ServerToken"]);',
  "Resend.api_key = ENV['RESEND_API_KEY']",
  "$client = SearchClient::create(getenv('ALGOLIA_APP_ID'), getenv('ALGOLIA_API_KEY'));",
  'model = "gpt-4o-mini"\nclient = Client(api_key=key, model=model)',
  'gateway = Braintree::Gateway.new(environment: :sandbox, merchant_id: "x7k2m9p4q8r3", public_key: "h3j8k2m9q4r7t6v1", private_key: ENV["BT_KEY"])',
];
