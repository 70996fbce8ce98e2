// Credentials a URL carries with no key word near: the credential goes, what the document says is public (a forge's
// constant user name, the host, the path around a webhook's token) stays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

const TOKEN = 'kX3Ec6PhiscyzYz0Fl4rkXNaNWvV8GTg';

/** The text's redaction keeps every public part and holds no credential. */
function redactsOnly(text: string, credentials: readonly string[], kept: readonly string[]): void {
  const redacted = redactSecrets(text).text;
  for (const credential of credentials) assert.ok(!redacted.includes(credential), `${credential} left in ${JSON.stringify(redacted)}`);
  for (const part of kept) assert.ok(redacted.includes(part), `${part} lost from ${JSON.stringify(redacted)}`);
}

describe('a token in a URL\'s userinfo', () => {
  // GitHub Docs (a GitHub App installation), GitLab Docs (OAuth over HTTPS, CI/CD job token, the package registry),
  // Bitbucket Cloud (access tokens): a constant user name, then the token.
  for (const user of ['x-access-token', 'oauth2', 'gitlab-ci-token', 'x-token-auth', '__token__']) {
    test(`${user}: the token goes, the user name and the host stay`, () => {
      redactsOnly(`git clone https://${user}:${TOKEN}@git.example.com/acme/widgets.git`, [TOKEN], [`https://${user}:`, '@git.example.com/acme/widgets.git']);
    });
  }

  test('a person\'s user name still goes with the password (the pair is the credential)', () => {
    const redacted = redactSecrets(`https://jdoe:${TOKEN}@git.example.com/acme/widgets.git`).text;
    assert.ok(!redacted.includes('jdoe') && !redacted.includes(TOKEN), redacted);
    assert.ok(redacted.includes('@git.example.com/acme/widgets.git'), redacted);
  });

  test('a token as the user with an empty password (Gemfury\'s private repository URLs)', () => {
    redactsOnly(`extra-index-url = https://${TOKEN}:@pypi.fury.io/acme/`, [TOKEN], ['@pypi.fury.io/acme/']);
  });

  test('a user name alone, or a word with an empty password, is left', () => {
    for (const text of ['https://deploy:@registry.example.com/v2/', 'https://octocat@github.com/acme/widgets.git', 'https://jdoe:@example.com/']) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });
});

describe('a key word in a URL\'s userinfo', () => {
  test('its value ends at the `@` before the host', () => {
    // (`access-token:` inside `x-access-token:` is a key to the assignment grammar: its value must not run over the host.)
    redactsOnly(`https://x-access-token:${TOKEN}@github.com/acme/widgets.git`, [TOKEN], ['@github.com/acme/widgets.git']);
    redactsOnly(`https://api_key:${TOKEN}@api.example.com/v1/items`, [TOKEN], ['@api.example.com/v1/items']);
  });

  test('outside a URL a value holding `@` is taken whole', () => {
    const redacted = redactSecrets('password=Xk2pL9@vQ7Zq8Lm').text;
    assert.ok(!redacted.includes('vQ7Zq8Lm') && !redacted.includes('Xk2pL9'), redacted);
  });
});

describe('a credential a URL\'s path carries', () => {
  test('Telegram: the bot token, not the method', () => {
    redactsOnly('curl https://api.telegram.org/bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11/getMe', ['ABC-DEF1234ghIkl-zyx57W2v1u123ew11'], ['https://api.telegram.org/bot', '/getMe']);
  });

  test('Mattermost and Rocket.Chat: the hook\'s key, not the server', () => {
    redactsOnly('https://chat.acme.io/hooks/9uhqjpep3aielj24rg0zy2p2gu', ['9uhqjpep3aielj24rg0zy2p2gu'], ['https://chat.acme.io/hooks/']);
    redactsOnly('https://chat.acme.io/hooks/6Tm9sPRdbgBSDXDLc/BW066EVnTClyqETRJqCJkrdNdK4mLMxiDxl7szc3U3rpdstq', ['BW066EVnTClyqETRJqCJkrdNdK4mLMxiDxl7szc3U3rpdstq'], ['https://chat.acme.io/hooks/6Tm9sPRdbgBSDXDLc/']);
  });

  test('PagerDuty, Netlify, an OCI pre-authenticated request: the segment alone', () => {
    redactsOnly('https://events.pagerduty.com/integration/a07b544e270d076849e801ce961dedaf/enqueue', ['a07b544e270d076849e801ce961dedaf'], ['https://events.pagerduty.com/integration/', '/enqueue']);
    redactsOnly('https://api.netlify.com/build_hooks/5f3a9c1e7b2d4a6f8e0c1b3d', ['5f3a9c1e7b2d4a6f8e0c1b3d'], ['https://api.netlify.com/build_hooks/']);
    redactsOnly('https://objectstorage.us-ashburn-1.oraclecloud.com/p/pCduWTR5JeD3AeZgSk5hDFw6kZE362q9VCNLhhqldrD6/n/acmens/b/backups/o/db.dump', ['pCduWTR5JeD3AeZgSk5hDFw6kZE362q9VCNLhhqldrD6'], ['/n/acmens/b/backups/o/db.dump']);
  });

  test('the same places holding public ids or names are left', () => {
    for (const text of [
      'GET https://chat.acme.io/api/v4/hooks/incoming?page=0&per_page=60',
      'POST /hooks/:id handles incoming webhooks; see https://docs.acme.io/hooks/incoming',
      'https://t.me/acme_deploy_bot?start=welcome',
      'GET https://api.netlify.com/api/v1/sites/3970e0fe-8564-4903-9a55-c5f8de49fb8b/deploys',
      'https://github.com/acme/widgets/commit/9fceb02d0ae598e95dc970b74767f19372d61af8',
    ]) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });
});

describe('a query value written percent-encoded (RFC 3986 §2.1) is judged by what it stands for', () => {
  test('a path written with `%2F` under a key word is a path, as it is unencoded', () => {
    for (const text of [
      'https://api.example.com/v1/objects?key=reports%2F2026%2Fq4.pdf&version=3',
      'GET /storage/v1/b/acme/o?key=photos%2F2006%2Fjanuary%2Fsample.jpg HTTP/1.1',
      'https://api.example.com/v1/objects?key=reports/2026/q4.pdf&version=3',
    ]) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });

  test('a secret holding `/ + = :` written encoded still goes whole; so does a userinfo password with `%40 %3A`', () => {
    const secret = 'Xk9q%2FLm2T%2Bz4Rw8aB3cD5eF7gH%3D%3D';
    redactsOnly(`curl 'https://api.example.com/v1/x?page=2&key=${secret}'`, ['Xk9q', 'Lm2T', 'z4Rw8aB3cD5eF7gH'], ['page=2']);
    redactsOnly('https://login.example.com/token?client_id=s6BhdRkqt3&client_secret=Q7v%2Bk2%3ApL9%2FzR4mT8xW', ['Q7v', 'k2', 'pL9', 'zR4mT8xW'], ['client_id=s6BhdRkqt3']);
    redactsOnly('postgresql://app:Tq7%40lorn%3A88x%2Fz@db.example.com:5432/shop', ['Tq7', 'lorn', '88x'], ['@db.example.com:5432/shop']);
  });

  test('an encoded value that decodes to base64 with slashes is no path', () => {
    redactsOnly('https://api.example.com/v1/x?api_key=a8F3kQ%2F9zLm2Xp7R', ['a8F3kQ', '9zLm2Xp7R'], []);
  });
});

describe('a query field ends at `&amp;` in HTML, as at `&`', () => {
  test('the token goes, the next field stays', () => {
    redactsOnly(`<a href="https://app.example.com/callback#access_token=${TOKEN}&amp;token_type=Bearer&amp;state=af0ifjsldkj">back</a>`, [TOKEN], ['&amp;token_type=Bearer&amp;state=af0ifjsldkj']);
    redactsOnly(`<a href="https://login.example.com/oauth2/token?grant_type=refresh_token&amp;refresh_token=${TOKEN}&amp;client_id=s6BhdRkqt3">x</a>`, [TOKEN], ['&amp;client_id=s6BhdRkqt3']);
  });
});

describe('Subsonic API requests: `p` and `t` are the credential beside `u`, `v` and `c`', () => {
  test('the password (clear or enc:), the token; the user, the salt and the other fields stay', () => {
    redactsOnly('curl "https://music.example.com/rest/ping.view?u=joe&p=Tq7-lorn-88x&v=1.16.1&c=myapp&f=json"', ['Tq7-lorn-88x'], ['u=joe', '&v=1.16.1&c=myapp&f=json']);
    redactsOnly('GET /rest/ping.view?u=joe&p=enc:5471372d6c6f726e&v=1.12.0&c=myapp', ['5471372d6c6f726e'], ['u=joe', '&v=1.12.0&c=myapp']);
    redactsOnly('stream_url = "https://music.example.com/rest/stream?u=joe&t=26719a1196d2a940705a59634eb18eab&s=c19b2d&v=1.16.1&c=myapp&id=tr-300"', ['26719a1196d2a940705a59634eb18eab'], ['u=joe', '&s=c19b2d&v=1.16.1&c=myapp&id=tr-300']);
    redactsOnly('<a href="https://music.example.com/rest/ping.view?u=joe&amp;p=Tq7-lorn-88x&amp;v=1.16.1&amp;c=myapp">ping</a>', ['Tq7-lorn-88x'], ['&amp;v=1.16.1']);
  });

  test('without u, v and c it is no Subsonic request; a reference in the credential\'s place is none', () => {
    for (const text of [
      'https://jira.example.com/rest/search?jql=project%3DOPS&p=2&t=summary',
      'https://music.example.com/rest/getCoverArt.view?u=joe&p=${SUBSONIC_PASSWORD}&v=1.16.1&c=myapp&id=al-42',
      'https://music.example.com/rest/getCoverArt.view?u=joe&v=1.16.1&c=myapp&id=al-42&size=300',
      'https://music.example.com/rest/ping.view?u=joe&p=<password>&v=1.16.1&c=myapp',
    ]) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });
});

describe('a URL encoded twice (`%253D`, `%252F`, `%2540`: RFC 3986 §2.4\'s doubly encoded string) is read as it is once', () => {
  test('a nested URL\'s query credential and userinfo password go, as encoded once', () => {
    redactsOnly(`https://sso.example.com/login?return_to=https%253A%252F%252Fapi.example.com%252Fv1%252Fme%253Faccess_token%253D${TOKEN}`, [TOKEN], ['https://sso.example.com/login?return_to=https%253A%252F%252Fapi.example.com']);
    redactsOnly('GET /redirect?url=https%253A%252F%252Fdeploy%253AXk9pL2q7RzW4%2540registry.example.com%252Fv2%252F', ['Xk9pL2q7RzW4'], ['%2540registry.example.com%252Fv2%252F']);
    redactsOnly(`GET /track?u=https%253A%252F%252Fapi.example.com%252Fv2%253Fq%253Dweather%2526api_key%253D${TOKEN}`, [TOKEN], ['q%253Dweather']);
  });

  test('a value found elsewhere is taken again after `%253D`', () => {
    redactsOnly(`token: ${TOKEN} then https://sso.example.com/login?return_to=https%253A%252F%252Fx.io%252F%253Fcode%253D${TOKEN}`, [TOKEN], ['code%253D']);
  });

  test('a path written `%252F` under a key word is a path; an encoded redirect and a reference are left', () => {
    for (const text of [
      'https://api.example.com/v1/objects?key=reports%252F2026%252Fq4.pdf&version=3',
      'https://login.example.com/logout?post_logout_redirect_uri=https%3A%2F%2Fapp.example.com%2Fsigned-out%3Fnext%3D%252Fhome',
      'https://sso.example.com/login?return_to=https%253A%252F%252Fapi.example.com%252Fv1%252Fme%253Faccess_token%253D%2524%257BACCESS_TOKEN%257D',
      'https://sso.example.com/login?return_to=https%253A%252F%252Fapp.example.com%252Fhome%253Ftab%253Dreports%2526page%253D2',
    ]) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });
});

describe('a URL encoded three times (`%25253D`: the nested URL put into one more query) is read as it is once', () => {
  test('a nested query\'s credential and a userinfo password go; the outer query stays', () => {
    const thrice = (s: string) => encodeURIComponent(encodeURIComponent(encodeURIComponent(s)));
    redactsOnly(`https://sso.example.com/login?return_to=${thrice(`https://api.example.com/v1/me?access_token=${TOKEN}`)}`, [TOKEN], ['https://sso.example.com/login?return_to=https%25253A%25252F%25252Fapi.example.com']);
    redactsOnly(`GET /redirect?url=${thrice('https://deploy:Xk9pL2q7RzW4@registry.example.com/v2/')}`, ['Xk9pL2q7RzW4'], ['%252540registry.example.com%25252Fv2%25252F']);
  });

  test('a value found elsewhere is taken again after `%25253D`', () => {
    redactsOnly(`token: ${TOKEN} then https://sso.example.com/login?return_to=https%25253A%25252F%25252Fx.io%25252F%25253Fcode%25253D${TOKEN}`, [TOKEN], ['code%25253D']);
  });

  test('a path written `%25252F` under a key word is a path; a redirect and a reference encoded three times are left', () => {
    for (const text of [
      'https://api.example.com/v1/objects?key=reports%25252F2026%25252Fq4.pdf&version=3',
      'https://sso.example.com/login?return_to=https%25253A%25252F%25252Fapp.example.com%25252Fhome%25253Ftab%25253Dreports%252526page%25253D2',
      'https://sso.example.com/login?return_to=https%25253A%25252F%25252Fapi.example.com%25252Fv1%25252Fme%25253Faccess_token%25253D%252524%25257BACCESS_TOKEN%25257D',
    ]) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });
});

describe('QNAP File Station\'s HTTP API: `sid` is the session `authLogin.cgi` returned', () => {
  test('the sid goes, first or later in the query, or after HTML\'s `&amp;`; the request stays', () => {
    redactsOnly('curl "http://nas.example.com:8080/cgi-bin/filemanager/utilRequest.cgi?func=get_tree&sid=k7yf2ys9&is_iso=0&node=/Public"', ['k7yf2ys9'], ['utilRequest.cgi?func=get_tree&sid=', '&is_iso=0&node=/Public']);
    redactsOnly('GET /cgi-bin/filemanager/utilRequest.cgi?sid=qdxa7y3a&func=download&source_path=/Public&source_file=a.pdf HTTP/1.1', ['qdxa7y3a'], ['&func=download&source_path=/Public']);
    redactsOnly('<a href="/cgi-bin/filemanager/utilRequest.cgi?func=download&amp;sid=ktyfuyss&amp;source_file=a.pdf">a.pdf</a>', ['ktyfuyss'], ['&amp;source_file=a.pdf']);
  });

  test('a reference or placeholder in its place, a numeric id, a longer name or no sid at all is none', () => {
    for (const text of [
      'POST /cgi-bin/filemanager/utilRequest.cgi?func=unmount_qdff&sid={YOUR_SID} HTTP/1.1',
      'url = f"http://{ip}:8080/cgi-bin/filemanager/utilRequest.cgi?func=check_sid&sid={auth_sid}"',
      'const url = `${base}/cgi-bin/filemanager/utilRequest.cgi?func=createdir&sid=${sid}&dest_folder=a`;',
      'https://stats.example.com/cgi-bin/report.cgi?sid=20261207&view=daily',
      'https://nas.example.com/cgi-bin/sys/sysRequest.cgi?subfunc=user&usid=abcdefgh12',
      'https://maps.example.com/cgi-bin/mapserv.cgi?map=city.map&layers=sidewalks&mode=map',
      'GET /cgi-bin/authLogin.cgi?serviceKey=1&user=admin&client_app=qfile',
    ]) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });
});

describe('LuCI\'s `;stok=` path token (its dispatcher\'s `build_url`, a session\'s `uniqueid(16)`)', () => {
  test('the token goes; the script and the page\'s path stay', () => {
    redactsOnly('http://192.168.1.1/cgi-bin/luci/;stok=3f2a9c0b7e1d4a6f8b5c2e9d0a7f1b3c/admin/status/overview', ['3f2a9c0b7e1d4a6f8b5c2e9d0a7f1b3c'], ['/cgi-bin/luci/;stok=', '/admin/status/overview']);
    redactsOnly('Location: /cgi-bin/luci/;stok=0d6c1f9e8a7b2c3d4e5f60718293a4b5', ['0d6c1f9e8a7b2c3d4e5f60718293a4b5'], ['Location: /cgi-bin/luci/']);
  });

  test('a reference or placeholder in its place, a short word or no token is none', () => {
    for (const text of [
      'GET /cgi-bin/luci/;stok=%%%stok%%%/admin/network/iface_reconnect/wan HTTP/1.1',
      'url = f"{base_url}/cgi-bin/luci/;stok={stok}/admin/wireless/radio1"',
      'stok_match = re.search(r";stok=([a-fA-F0-9]+)", driver.current_url)',
      'http://192.168.1.1/cgi-bin/luci/admin/status/overview',
      'nama="Produk";stok=12;harga=5000',
    ]) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });
});

describe('Synology DSM\'s Web API: `_sid` is the session SYNO.API.Auth\'s login returned', () => {
  test('the session id goes, the request stays', () => {
    redactsOnly(`curl 'https://nas.example.com:5001/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list_share&_sid=${TOKEN}-gTYI0OtpzbmXAxlmZ'`, [TOKEN, 'gTYI0OtpzbmXAxlmZ'], ['api=SYNO.FileStation.List&version=2&method=list_share&_sid=']);
    redactsOnly('<a href="/webapi/entry.cgi?api=SYNO.API.Auth&amp;version=1&amp;method=logout&amp;_sid=ohOCjwhHhwghw">out</a>', ['ohOCjwhHhwghw'], ['method=logout']);
  });

  test('a reference or placeholder in its place, or `_sid` inside a longer name, is none', () => {
    for (const text of [
      'GET /webapi/entry.cgi?api=SYNO.API.Auth&version=6&method=logout&_sid=<SID>',
      'url = f"{base}/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&_sid={sid}"',
      'GET /webapi/entry.cgi?api=SYNO.API.Info&version=1&method=query&_sid=${SYNO_SID}',
      'user_sid=S-1-5-21-3623811015-3361044348-30300820-1013',
      '&_sid=xxxxxxxxxxxx',
    ]) {
      assert.equal(redactSecrets(text).count, 0, text);
    }
  });
});

describe('a placeholder between `<` and `>` in a link is no XML element', () => {
  test('its end tag is another element\'s: the link\'s text is left', () => {
    assert.equal(redactSecrets('<a href="https://gitlab.example.com/api/v4/projects?private_token=<your_access_token>">list</a>').count, 0);
  });

  test('an element closed by its own name (any case, a namespace, CDATA) is still read', () => {
    redactsOnly('<password>Xk9pL2q7RzW4</password>', ['Xk9pL2q7RzW4'], ['</password>']);
    redactsOnly('<Password>Xk9pL2q7RzW4</password>', ['Xk9pL2q7RzW4'], []);
    redactsOnly('<wsse:Password Type="x">Xk9pL2q7RzW4</wsse:Password>', ['Xk9pL2q7RzW4'], ['</wsse:Password>']);
    redactsOnly('<password><![CDATA[Xk9pL2q7RzW4]]></password>', ['Xk9pL2q7RzW4'], []);
  });
});

describe('a webhook\'s secret part, where its vendor names one', () => {
  test('Google Chat: the token (and the `AIza` key, a Google API key) go; the host and the space stay', () => {
    redactsOnly('https://chat.googleapis.com/v1/spaces/AAAAbCdEfGh/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=sVnyIrH6cI07nfVdMvQ07sA2j1d7K4pRRJVjeKK30cX%3D', ['sVnyIrH6cI07nfVdMvQ07sA2j1d7K4pRRJVjeKK30cX', 'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI'], ['https://chat.googleapis.com/v1/spaces/AAAAbCdEfGh/messages?key=']);
  });

  test('Slack and Discord: the whole URL still goes (public detectors label the URL)', () => {
    redactsOnly('SLACK_URL=https://hooks.slack.com/services/T024BE7LD/B01ABCDEF12/BW066EVnTClyqETRJqCJkrdN', ['hooks.slack.com', 'BW066EVnTClyqETRJqCJkrdN'], ['SLACK_URL=']);
  });
});

describe('Trello\'s application key is public (Trello\'s API introduction); its token is the secret', () => {
  test('the token goes, the key in Trello\'s own query stays', () => {
    const token = 'ATTA3f9c2b7a1e5d4c8b9a0f1e2d3c4b5a69f1e2d3c4b5a6971c9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2';
    redactsOnly(`curl "https://api.trello.com/1/members/me/boards?key=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b&token=${token}"`, [token], ['key=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b']);
    assert.equal(redactSecrets('https://trello.com/1/authorize?expiration=1day&name=Nightly&scope=read&response_type=token&key=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b').count, 0);
  });

  test('the same key elsewhere is any vendor\'s key and goes', () => {
    redactsOnly('https://api.example.com/1/items?key=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b', ['7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b'], []);
    redactsOnly('TRELLO_KEY=7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b', ['7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b'], []);
  });
});
