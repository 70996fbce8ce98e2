import { redactSecrets } from './src/core/guard/secretRedactor';
for (const t of [
 'url = url.replaceAll(";jsessionid=.*", "");',
 'return base + ";jsessionid=" + session.getId();',
 'https://x.example/cart;jsessionid=abc${id}',
 'https://x.example/cart;jsessionid=8F2C1E4D9A7B3C6E5F0A1B2C3D4E5F67?x=1',
 'https://x.example/cart;JSESSIONID=8F2C1E4D9A7B3C6E5F0A1B2C3D4E5F67',
 '<a href="index.php?x=1&amp;PHPSESSID=9u2ctm4p1f3tqr0ip8c6kh1s5a">',
 'index.php?PHPSESSID=<?php echo session_id(); ?>',
 'index.php?PHPSESSID=" . session_id()',
 'http://x/(S(1kx0b4f2w3qzq5m0gd2sje1a))/default.aspx',
 'http://x/(A(xyzanon))/default.aspx',
 'const re = /(S(a))/;',
 'foo(/(X(1)S(', 
]) console.log(JSON.stringify(redactSecrets(t).text));
