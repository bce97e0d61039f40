// atob and btoa: round trips, padding, forgiving whitespace, Latin-1 range
// and the InvalidCharacterError cases.
for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'héllo', '\x00\xff\x80', 'Man is distinguished']) {
  const encoded = btoa(s);
  console.log(JSON.stringify(s), encoded, atob(encoded) === s);
}
console.log(JSON.stringify(atob(' Zm9v YmFy\n\t')), JSON.stringify(atob('Zm9vYg')), JSON.stringify(atob('Zm9vYg==')), JSON.stringify(atob('Zg')));
console.log(btoa(12345), btoa(null), btoa(undefined), atob(undefined === undefined ? 'dW5kZWZpbmVk' : ''));
for (const bad of ['Zm9vY', 'Zm9v=YmFy', 'Zm9vYg=', 'Zm9vYg===', 'Z===', '@@@@', 'Zm9v\u00e9', 'Zm-_', 'Zg=']) {
  try { console.log(JSON.stringify(bad), JSON.stringify(atob(bad))); } catch (err) { console.log(JSON.stringify(bad), err.name, err.code, err.message); }
}
try { btoa('😀'); } catch (err) { console.log(err.name, err.message, err instanceof DOMException); }
try { atob(); } catch (err) { console.log(err.code, err.message); }
try { btoa(); } catch (err) { console.log(err.code, err.message); }
console.log(typeof atob, typeof btoa, Object.keys(globalThis).includes('atob'));
