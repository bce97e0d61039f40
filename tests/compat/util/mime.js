// util.MIMEType and util.MIMEParams: parsing, serialising, errors.
const { MIMEType, MIMEParams, inspect } = require('util');
for (const input of ['text/html', ' Text/HTML ; Charset="UTF-8" ; q=0.9', 'application/json;a=b;a=c;A=d', 'x/y;k="a\\"b\\\\c";e="";f',
  'x/y; bad name=1 ;ok=two words;q="unterminated', 'x/y;=v;k=;;k2=v2', 'a/b;k="quoted";k3=\u00e9', 'image/svg+xml;charset=utf-8;',
  'text /html', 'te xt/html', 'text/', '/html', 'text', '', 'text/ht\u00e9ml', 'a/b\u0000']) {
  try {
    const mime = new MIMEType(input);
    console.log(JSON.stringify(input), '->', String(mime), mime.type, mime.subtype, mime.essence, [...mime.params], JSON.stringify(mime));
  } catch (err) {
    console.log(JSON.stringify(input), err.name, err.code, err.message);
  }
}
const mime = new MIMEType('text/plain;charset=ascii');
mime.type = 'APPLICATION';
mime.subtype = 'Vnd.Test';
mime.params.set('Charset', 'utf 8');
mime.params.set('x', 'q"uote');
mime.params.delete('nothing');
console.log(String(mime), mime.params.get('CHARSET'), mime.params.get('missing'), mime.params.has('X'), [...mime.params.keys()], [...mime.params.values()]);
for (const bad of [() => { mime.type = ''; }, () => { mime.subtype = 'a/b'; }, () => mime.params.set('a b', 'c'), () => mime.params.set('a', 'b\n')]) {
  try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }
}
const params = new MIMEParams();
params.set('a', '1');
console.log(String(params), JSON.stringify(params), [...params], inspect(mime), inspect(params), MIMEType.parse('nope'), String(MIMEType.parse('a/b;c=d')));
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
