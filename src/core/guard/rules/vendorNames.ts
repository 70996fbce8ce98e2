// Names of services whose API keys carry no prefix of their own: a plain random token, which is a
// key only because the service's name stands near it (`MIXPANEL_SECRET=…`, `"pagerduty": {"key":
// "…"}`). The services trufflehog keeps a keyword-keyed detector for, cut to the names that are
// not also words of code or prose (`close`, `front`, `monday`, `segment`, `stream`, `abstract` are
// left out), lower case as the keyword prefilter takes them.
export const vendorNames: readonly string[] = [
  // Monitoring, logging, error tracking, analytics.
  'datadog', 'pagerduty', 'opsgenie', 'newrelic', 'dynatrace', 'splunk', 'sumologic', 'loggly', 'papertrail', 'logdna',
  'rollbar', 'bugsnag', 'airbrake', 'honeybadger', 'raygun', 'sentry_', 'mixpanel', 'heapanalytics', 'posthog', 'fullstory',
  'logrocket', 'hotjar', 'mouseflow', 'woopra', 'chartmogul', 'baremetrics', 'uptimerobot', 'statuspage', 'statuscake',
  'pingdom', 'gtmetrix', 'checklyhq', 'blazemeter', 'launchdarkly', 'optimizely', 'flagsmith', 'splitio', 'keenio',
  // Messaging, email, SMS, voice.
  'sendgrid', 'mailgun', 'mailjet', 'mandrill', 'postmark', 'sparkpost', 'sendinblue', 'elasticemail', 'pepipost',
  'mailerlite', 'convertkit', 'moosend', 'omnisend', 'klaviyo', 'mailchimp', 'mailmodo', 'customerio', 'emailoctopus',
  'zerobounce', 'neverbounce', 'kickbox', 'mailboxlayer', 'twilio', 'plivo', 'nexmo', 'vonage', 'messagebird', 'telnyx',
  'signalwire', 'textmagic', 'clicksend', 'sinch', 'ringcentral', 'aircall', 'telesign', 'pusher', 'pubnub', 'sendbird',
  'cometchat', 'getstream', 'onesignal', 'mattermost', 'rocketchat', 'zulip', 'gitter', 'webex',
  // Support, CRM, productivity.
  'zendesk', 'freshdesk', 'freshworks', 'intercom', 'helpscout', 'hubspot', 'pipedrive', 'salesforce', 'insightly',
  'asana', 'trello', 'clickup', 'todoist', 'wrike', 'smartsheet', 'basecamp', 'airtable', 'calendly', 'typeform',
  'jotform', 'surveymonkey', 'pandadoc', 'docusign', 'hellosign', 'eversign', 'yousign', 'clockify', 'toggl', 'everhour',
  'freshbooks', 'quickbooks', 'zeplin', 'lokalise', 'crowdin', 'transifex', 'smartling', 'deepl', 'integromat', 'zapier',
  'pipedream', 'ifttt',
  // Hosting, CI, developer platforms.
  'heroku', 'netlify', 'vercel', 'linode', 'vultr', 'scaleway', 'digitalocean', 'cloudflare', 'fastly', 'akamai',
  'circleci', 'travisci', 'travis_', 'buildkite', 'codacy', 'coveralls', 'codecov', 'codeclimate', 'snyk', 'sonarcloud',
  'browserstack', 'saucelabs', 'lambdatest', 'testingbot', 'artifactory', 'jfrog', 'packagecloud', 'cloudsmith',
  'gemfury', 'bitbucket', 'atlassian', 'jira_', 'confluence', 'contentful', 'storyblok', 'webflow', 'sanity_', 'prismic',
  'algolia', 'swiftype', 'typesense', 'meilisearch', 'rockset', 'planetscale', 'supabase', 'firebase', 'confluent',
  'aiven', 'upstash', 'cloudant', 'couchbase', 'databricks', 'snowflake_', 'okta', 'auth0', 'onelogin', 'jumpcloud',
  'stytch', 'doppler', 'terraform', 'pulumi', 'cloudinary', 'imagekit', 'uploadcare', 'filestack', 'mapbox', 'mapquest',
  'tomtom', 'geocodio', 'opencage', 'locationiq', 'positionstack', 'ipstack', 'ipinfo', 'ipgeolocation', 'ipdata',
  // Payments, finance, commerce.
  'stripe', 'braintree', 'paypal', 'adyen', 'razorpay', 'paystack', 'flutterwave', 'gocardless', 'dwolla', 'mollie',
  'paymongo', 'checkout_com', 'klarna', 'afterpay', 'recurly', 'chargebee', 'gumroad', 'shopify', 'bigcommerce',
  'woocommerce', 'squarespace', 'easypost', 'shippo', 'shipengine', 'aftership', 'taxjar', 'avalara', 'plaid',
  'coinbase', 'binance', 'kucoin', 'bitfinex', 'bitmex', 'poloniex', 'kraken_', 'coingecko', 'coinmarketcap',
  'cryptocompare', 'etherscan', 'infura', 'moralis', 'alchemyapi', 'nftport', 'pinata', 'alphavantage', 'finnhub',
  'tiingo', 'marketstack', 'iexcloud', 'intrinio', 'quandl', 'currencylayer', 'openexchangerates', 'exchangerate',
  // Data and media APIs.
  'openweather', 'weatherstack', 'accuweather', 'weatherbit', 'tomorrowio', 'virustotal', 'shodan', 'censys', 'urlscan',
  'abuseipdb', 'securitytrails', 'hunterio', 'clearbit', 'fullcontact', 'rocketreach', 'newsapi', 'nytimes', 'yelp',
  'foursquare', 'ticketmaster', 'eventbrite', 'strava', 'fitbit', 'lastfm', 'spotify', 'soundcloud', 'twitch', 'vimeo',
  'wistia', 'unsplash', 'pixabay', 'shutterstock', 'giphy', 'flickr', 'imgur', 'pastebin', 'bitly', 'rebrandly',
  'deepgram', 'assemblyai', 'elevenlabs', 'huggingface', 'cohere_', 'mistral', 'anthropic', 'openai', 'pinecone',
  'weaviate', 'scraperapi', 'scrapingbee', 'zenrows', 'apify', 'browshot', 'shotstack', 'bannerbear', 'pdfshift',
];
