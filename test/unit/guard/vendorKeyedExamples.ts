// Examples for the tokens found by a service's name near them (no prefix of their own), written
// for this test: random bodies of hex, base36, base62 and UUID shapes (made once with a fixed
// seed), marked ⟦like this⟧; and look-alikes near the same names: masks, digests, versions,
// package names, and tokens that are pieces of something longer.
import type { RuleExamples } from './ruleExamples';

export const vendorKeyedExamples: Readonly<Record<string, RuleExamples>> = {
  'vendor-keyed-token': {
    secrets: [
      'DATADOG_API=⟦faefb0112be619dc367449481cf74b4c⟧',
      'mixpanel: { project: 3120, api: "⟦rk90f7s2ljh17ehcsk9uuktftlbhus96⟧" }',
      'const pusher = new Pusher("⟦cf426a17ac0f70793b59⟧", { cluster: "eu" });',
      "heroku_api = '⟦45361d3f-b7df-4a7e-ae62-f90e6ff1bd60⟧'",
      '"pagerduty": {\n  "integration": "⟦7Z6GeyMOUxvZUAlMbdYNvp7I⟧"\n}',
      'curl -H "X-Algolia-API-Key: ⟦d5b40c81f3c2b1019e0ab51934cad5c9⟧" https://example.algolia.net/1/indexes',
      'TODOIST ⟦Y1HcX7V2f4HV7UIekU1dghRfaCwdHycGtGE1eNwC⟧',
      'amadeus = Amadeus("⟦Qm8xT2vK9pL4rZ7wN3yB6cD1⟧")',
      'const spoonacular = axios.create({ params: { apiKey: "⟦2c7f5e9a1b3d4f60a8e9c1b2d3f4a5b6⟧" } });',
      "wandb.login(key='⟦9c1f2ab7e04d85c3b6a9f0e1d2c3b4a5f6e7d8c9⟧')",
      '"spoonacular": "⟦2c7f5e9a1b3d4f60a8e9c1b2d3f4a5b6⟧"',
      'WANDB=⟦9c1f2ab7e04d85c3b6a9f0e1d2c3b4a5f6e7d8c9⟧',
      "posthog_key = '⟦Hedcm4pMbXDuCL1mHoOsFaQfDPrAJ71fTquWoGsbeKX⟧'",
      // Sixteenth round: names of trufflehog's keyword-keyed detectors added to the list.
      'zerotier central: Authorization: token ⟦Xk2pL9vQ8mR3tW5yZ1bC7dE0gH6jK4nM⟧',
      'MERAKI_DASHBOARD_API_KEY=⟦6bec40cf957de430a6f1f2baa056b99a4fac9ea0⟧',
      'netsuite: { consumer_secret: "⟦b2e7f0c9d4a81e3f5c6d7a8b9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f⟧" }',
      // Seventeenth round: services named by GitGuardian's detector pages and the vendors' docs.
      'HETZNER_TOKEN=⟦Xk2pL9vQ8mR3tW5yZ1bC7dE0gH6jK4nMaQ2sW4eR6tY8uI0oP1aS3dF5gH7jK9lZ⟧',
      'const qdrant = new QdrantClient({ url, apiKey: "⟦q7Lr2xKe9VmT4sWp8NcB3hJ6dF1gZ5yA⟧" });',
      'fivetran:\n  api_key: ⟦Mz8Qp2Lx7Rt4Wv9Nk3Bs6Hd⟧',
      // Sanity's tokens, `sk` and 79: the longest keyed format (trufflehog's sanity detector).
      'SANITY_STUDIO_READ ⟦skVYWa0H5O2thvh72XOFa8bC3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC⟧',
      // Eighteenth round: names of trufflehog's keyword-keyed detectors the survey found (vendorKeyedShapes.ts), taken as before.
      'podio.authenticate("⟦x7k2m9q4w8e3r6t1y5u0i2o8p4a6s3d9⟧")',
      'YANDEX_DICTIONARY=⟦mW20gDTwrw41zAYkjtxF8CUnB2YtH0Rg⟧',
      // A name's documented shape outside 20 to 81: ConvertAPI's 16 characters, Instamojo's 128-character client secret.
      "const convertApi = new ConvertApi('⟦OsN9QPk2RZTuXlJo⟧');",
      'instamojo.setup(client, "⟦E7mG4LaNOyXQrX9ElJP1JQf5fpCXt1oXzAatRZX9K1tapGOQPEO4QiJnPBtQwxpuhH8RGZXtDDi3vaLygihhVSRvnD5tf2w8npK8pTsYrGTGRQqiVbiECwRMJvAAKt55⟧")',
      // Names that are words (Box, Swell, Airship, Mite): a key of the name's documented shape alone.
      'const client = box.client("⟦Qm8xT2vK9pL4rZ7wN3yB6cD1aF5hJ0sE⟧");',
      "swell.init('my-store', '⟦Xk2pL9vQ8mR3tW5yZ1bC7dE0gH6jK4nM⟧');",
      'airship: ⟦hj9zBd5BN8WWxnSdb0z1OqjfKJOerqflgr0gE4dRQzaimRYOnDoVbqtxAAec3fG6Xldo5Wv7sfwOEBDOHbI2U1wDiHt⟧',
      'mite: ⟦7k2m9q4w8e3r6t1y⟧',
      // Nineteenth round, the survey continued: new plain names, word names in their shape, a plain name's short shape.
      'const alchemy = new Alchemy({ apiKey: "⟦rCy5hHgMZWhSlJmQGQaU9R1_GxU5TBkn⟧" });',
      'azure search: ⟦M4E6MHidY3uEzGaBGlubw2ZcqTk6g1Kyo9aOxikuGzNYMIIofGjt⟧',
      'hunter.io api ⟦3a34h7465x18lapfb3y2hqi4s2zsk32ttcent0g3⟧',
      'twitter consumer ⟦Edgcq9BLbpREFIKbS4d1HMne4⟧',
      'signable: ⟦rzEbp8oJA4YnpS8o7CkilW9QNQgUDBxR⟧',
      'NEXMO_API ⟦aIZl7Rphnk29HcTF⟧',
      'satismeter writeKey: ⟦d27Hgl3GQtdsYrUV⟧',
      'zulipchat\n⟦XLc31VuGoqqhcanC3XFUbXdluXCSQRFO⟧',
      'smartsheets ⟦ZCKKeqtjGtmgF3ClbCtrInUPiui1CRMJPSHl2⟧',
      'opencagedata key=⟦2ie2t9zowgpqiw39o92td2hme5iy7r5w⟧',
      // Shapes outside 20–81 read in the nineteenth round's later batches (each the detector's own pattern).
      'kanbantool api ⟦K3Q9ZP2M7XWA⟧',
      'checkvist: ⟦Vh3kR9pX2mQ7tL⟧',
      'coinlib key ⟦4f9k2m8q1w7e3r6t⟧',
      'autodesk secret ⟦Xk2pL9vQ8mR3tW5y⟧',
      'uclassify token ⟦Ab3dE6gH9jK2⟧',
      'poloniex secret: ⟦4f1d9b3e8a7c6d5e2f0a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a⟧',
      'signaturit: ⟦Rk3mX9pQ2wL7tY5vB8nC1zD4fG6hJ0kM3qS7uW9xA2eR5tY8iO1pL4kJ7hG0fD3sA6zX9cV2bN5mQ8wE1rT4yU⟧',
      'tomorrow.io: ⟦Hq7Lm2XcR9vT4kB8nW3zP6yD1fG5jS0a⟧',
      'skrapp ⟦Hq7Lm2XcR9vT4kB8nW3zP6yD1fG5jS0aZ1bC7dE0gH⟧',
      'facebook: ⟦Hq7Lm2XcR9vT4kB8nW3zP6yD1fG5jS0a⟧',
      'maxmind license ⟦Xk2pL9vQ8mR3tW5y⟧',
      'sanity: ⟦skHq7Lm2XcR9vT4kB8nW3zP6yD1fG5jS0aZ1bC7dE0gHq7Lm2XcR9vT4kB8nW3zP6yD1fG5jS0aZ1bC7d⟧',
      'hubapi ⟦Xk2pL9vQ-8mR3-tW5y-Z1bC-7dE0gH6jK4nM⟧',
      // Twentieth round: host.io's 14 characters (keyword host.io); the detector's own verify URL carries it as token=.
      'host.io api token: ⟦k3q9zp2m7xwa4t⟧',
      'https://host.io/api/domains/ip/8.8.8.8?token=⟦k3q9zp2m7xwa4t⟧',
    ],
    clean: [
      'DATADOG_API=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'const key = await crypto.subtle.importKey("raw", keyData, algo, false, ["sign"]);',
      'hetzner: { location: "fsn1-dc14", image: "ubuntu-22.04", server_type: "cx22" }',
      'ZEROTIER_API_TOKEN=YOUR_ZEROTIER_API_TOKEN_HERE',
      '"meraki": "meraki-dashboard-api-python-1.53.0"',
      'netsuite sha1: 6e41cbf9fc87a6e0c6a2633f865d839a01943b40',
      'mixpanel: { api: "YOUR_MIXPANEL_PROJECT_TOKEN_1234" }',
      'resolved "stripe-node@6e41cbf9fc87a6e0c6a2633f865d839a01943b40"',
      '"cloudflare": "cloudflare-workers-types-4-20240129"',
      'mapbox sha1: 6e41cbf9fc87a6e0c6a2633f865d839a01943b40',
      "todoist = 'qpgv7z8amkp4ln55znaa?ezm9jy35wcayy6bya2r'",
      'sendgrid = "SG.ZV-VYwtHzJJW4wF8yPQk3.rest"',
      '// see the pagerduty docs for how to make an integration key',
      'const twilioVersion = "2010-04-01"; // twilio api version',
      'import { HoneycombSDK } from "@honeycombio/opentelemetry-node";',
      'honeycomb: { dataset: "frontend-web-production-2024" }',
      '"tableau-api-lib": "0.13.2-alpha.20240211"',
      // Keys their vendor documents as public (publicKeyPrefix.ts), whatever name they are given to.
      "posthog.init('phc_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkNa1', { api_host: 'https://eu.i.posthog.com' })",
      'POSTHOG_KEY=phc_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkNa1',
      "const stripe = Stripe('pk_test_gzg2sye9b2Rann76dEyTzAeKOmXRrvftva9AW7hi');",
      // Supabase's API keys guide: the publishable key is "safe to expose online", source code included.
      "const supabase = createClient('https://xyzcompany.supabase.co', 'sb_publishable_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz')",
      'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz',
      "supabase_key = 'sb_publishable_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz'",
      // After a name that is a word: a hex digest or a UUID (a checksum, a record's id), or a token not of the name's shape.
      'box: 9f86d081884c7d659a2feaa0c55ad015',
      'privacy: 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      'flat: 6e41cbf9fc87a6e0c6a2633f865d839a01943b40',
      'humanity 6e41cbf9fc87a6e0c6a2633f865d839a01943b40',
      'const flat = arr.flat(); // 3f2504e04f8941d39a0c0305e82c3301',
      'box: { width: 32, id: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6" }',
      // A name's short shape still wants a random token; a new name's values still want a key's look.
      "new ConvertApi('convertPdfFiles1')",
      '"podio": "podio-php-client-4-2-0"',
      'the swell of 2023 brought aB3dE6gH9jK2mN5pQ8sT1vW4',
      // Nineteenth round: word names (azure, hunter, railway) before a digest or a UUID; a word name before no token of its shape.
      'azure: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'hunter 6e41cbf9fc87a6e0c6a2633f865d839a01943b40',
      'railway 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      'twitter: @d27Hgl3GQtdsYrUV',
      // Names left in the later batches (kanban, web3, netcore: words of code) and a word name before a UUID or a digest.
      'kanban card K3Q9ZP2M7XWA',
      'const web3 = new Web3(provider); const tx = "a3f9c2e8b7d6f5e4a3b2c1d0e9f8a7b6c5d4e3f2"',
      'netcoreapp3.1 Xk2pL9vQ8mR3tW5yZ1bC7dE0gH6jK4nM',
      'tomorrow: 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      'travis: 9f86d081884c7d659a2feaa0c55ad015',
      // Left in the last batch: github, figma, nuget, npm (words of every repository) and a word name before a UUID.
      'github 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b',
      'figma Xk2pL9vQ8mR3tW5yZ1bC7d',
      'nuget 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      'npm ci 4f9k2m8q1w7e3r6t4f9k2m8q1w',
      'facebook: 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      // An upper-case constant whose first part holds digits, after a name inside another (Direct3D's message ids).
      '    D3D11_MESSAGE_ID_DEVICE_SOGETSTREAMOUTPUTTARGETS_HAZARD = 95,\n    D3D11_MESSAGE_ID_DEVICE_SOSETTARGETS_HAZARD = 96,',
      // host.io before a plan's name of its key's length, and before a random run one short of it.
      'host.io plan: enterprise2024',
      'host.io k3q9zp2m7xwa4',
    ],
  },
};
