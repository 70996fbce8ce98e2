# Excerpt of tests/plugins/keyword_test.py
# Yelp/detect-secrets @ 0e8925d685f1fe34a1e315045450cd678104648c (Apache-2.0)
# Kept verbatim: the module's positive/negative tables, the secret its positive tests assert, and
# the two negative lists that hold for JavaScript and PHP files. Left out: the lists whose label
# depends on the file type (quotes-required, YAML and `.example` negatives).
FOLLOWED_BY_COLON_EQUAL_SIGNS_RE = {
    'negatives': {
        'quotes_required': [
            'theapikey := ""',  # Nothing in the quotes
            'theapikey := "somefakekey"',  # 'fake' in the secret
        ],
        'quotes_not_required': [
            'theapikeyforfoo := hopenobodyfindsthisone',  # Characters between apikey and :=
        ],
    },
    'positives': {
        'quotes_required': [
            'apikey := "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey :="m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey  :=   "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            "apikey := 'm{{h}o)p${e]nob(ody[finds>-_$#thisone}}'",
            "apikey :='m{{h}o)p${e]nob(ody[finds>-_$#thisone}}'",
            'apikey:= "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey:="m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            "apikey:= 'm{{h}o)p${e]nob(ody[finds>-_$#thisone}}'",
            "apikey:='m{{h}o)p${e]nob(ody[finds>-_$#thisone}}'",
            "apikey:=  'm{{h}o)p${e]nob(ody[finds>-_$#thisone}}'",
        ],
        'quotes_not_required': [
            'apikey := m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'apikey :=m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'apikey:= m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'apikey:=m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
        ],
    },
}
FOLLOWED_BY_COLON_RE = {
    'negatives': {
        'quotes_required': [
            'theapikey: ""',  # Nothing in the quotes
            'theapikey: "somefakekey"',  # 'fake' in the secret
        ],
        'quotes_not_required': [
            'theapikeyforfoo:hopenobodyfindsthisone',  # Characters between apikey and :
            'password: ${link}',  # Has a ${ followed by a }
        ],
    },
    'positives': {
        'quotes_required': [
            "'theapikey': 'm{{h}o)p${e]nob(ody[finds>-_$#thisone}}'",
            '"theapikey": "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey: "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            "apikey:  'm{{h}o)p${e]nob(ody[finds>-_$#thisone}}'",
        ],
        'quotes_not_required': [
            'apikey: m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'apikey:m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'theapikey:m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
        ],
    },
}
FOLLOWED_BY_EQUAL_SIGNS_OPTIONAL_BRACKETS_OPTIONAL_AT_SIGN_QUOTES_REQUIRED_REGEX = {
    'negatives': {
        'quotes_required': [
            'theapikey[] = ""',  # Nothing in the quotes
            'theapikey = @"somefakekey"',  # 'fake' in the secret
        ],
    },
    'positives': {
        'quotes_required': [
            'apikey = "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey ="m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey  =   "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey = @"m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey =@"m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey  =   @"m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey[]= "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'apikey[]="m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
        ],
    },
}
FOLLOWED_BY_EQUAL_SIGNS_RE = {
    'negatives': {
        'quotes_required': [
            'some_key = "real_secret"',  # We cannot make 'key' a Keyword, too noisy
            'my_password = ""',  # Nothing in the quotes
            "my_password = ''",  # Nothing in the quotes
            'my_password = "fakesecret"',  # 'fake' in the secret
            'open(self, password = ""):',  # secrets is ""):
            'open(self, password = ""):',  # secrets is ""):
        ],
        'quotes_not_required': [
            'my_password = foo(hey)you',  # Has a ( followed by a )
            "my_password = request.json_body['hey']",  # Has a [ followed by a ]
            'my_password = True',  # 'True' is a known false-positive
            'login(username=username, password=password)',  # secret is password)
        ],
    },
    'positives': {
        'quotes_required': [
            'some_dict["secret"] = "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
            'the_password= "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"\n',
            'the_password=\'m{{h}o)p${e]nob(ody[finds>-_$#thisone}}\'\n',
        ],
        'quotes_not_required': [
            "some_dict['secret'] = m{{h}o)p${e]nob(ody[finds>-_$#thisone}}",
            'my_password=m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'my_password= m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'my_password =m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'my_password = m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'my_password =m{{h}o)p${e]nob(ody[finds>-_$#thisone}}',
            'the_password=m{{h}o)p${e]nob(ody[finds>-_$#thisone}}\n',
        ],
    },
}
FOLLOWED_BY_QUOTES_AND_SEMICOLON_RE = {
    'negatives': {
        'quotes_required': [
            'private_key "";',  # Nothing in the quotes
            'private_key \'"no spaces\';',  # Has whitespace in the secret
            'private_key "fake";',  # 'fake' in the secret
            'private_key "some/dir/aint/a/secret";',  # 3 or more /
            'private_key "${FOO}";',  # Starts with ${ and ends with }
            'private_key "hopenobodyfindsthisone\';',  # Double-quote does not match single-quote
            'private_key \'hopenobodyfindsthisone";',  # Single-quote does not match double-quote
        ],
    },
    'positives': {
        'quotes_required': [
            'apikey "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}";',  # Double-quotes
            'fooapikeyfoo "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}";',  # Double-quotes
            'fooapikeyfoo"m{{h}o)p${e]nob(ody[finds>-_$#thisone}}";',  # Double-quotes
            'private_key \'m{{h}o)p${e]nob(ody[finds>-_$#thisone}}\';',  # Single-quotes
            'fooprivate_keyfoo\'m{{h}o)p${e]nob(ody[finds>-_$#thisone}}\';',  # Single-quotes
            'fooprivate_key\'m{{h}o)p${e]nob(ody[finds>-_$#thisone}}\';',  # Single-quotes
        ],
    },
}

# From test_analyze_standard_positives:
#               == PotentialSecret.hash_secret('m{{h}o)p${e]nob(ody[finds>-_$#thisone}}')

# From test_analyze_javascript_negatives:
        STANDARD_NEGATIVES + [
            # FOLLOWED_BY_COLON_RE
            'apiKey: this.apiKey,',
            "apiKey: fs.readFileSync('foo',",
        ],

# From test_analyze_php_negatives:
        STANDARD_NEGATIVES + [
            # FOLLOWED_BY_EQUAL_SIGNS_RE
            '$password = $input;',
        ],
