// pathToFileURL escapes and fileURLToPath checks, as node:url and the module
// loaders share them: which characters a path keeps, which it escapes, and
// which file: URLs have no path.
const { pathToFileURL, fileURLToPath } = require('url');
const paths = ['/a b/c', '/a[b]^|{}', '/a%b', '/a#b?c', '/a\\b', '/a\nb\tc\rd', '/é/ü', '/a"<>`',
  "/a'!$&()*+,;=:@~", '/lone\ud800surrogate', 'relative/dir/'];
for (const path of paths) {
  const href = pathToFileURL(path).href.replace(`file://${process.cwd()}`, 'file://<cwd>');
  console.log(JSON.stringify(path), href);
}
const urls = ['file:///a%20b', 'file://localhost/x', 'file://LOCALHOST/y', 'file:///a%2fb', 'file:///a%2Fb',
  'file://host/x', 'file:///a/../b', 'file:///%C3%A9?q#h', 'http://x/y', new URL('file:///u%20rl'), 42];
for (const url of urls) {
  try {
    console.log(String(url), fileURLToPath(url));
  } catch (err) {
    console.log(String(url), err.code, err.message);
  }
}
// A path round-trips through the pair.
const tricky = '/dir with space/[x]#?~%/é';
console.log(fileURLToPath(pathToFileURL(tricky)) === tricky);
