// atob's forgiving decoding (whitespace, '=' placement, lengths) and btoa's Latin-1 check, on the native codec.
const cases = ['', 'YQ', 'YQ==', 'YWJj', ' Y W J j ', 'YQ=', 'Y', 'YQ===', 'Y=Q=', 'YQ==\n', '\u00e9', '////', 'ab$c', 'YWJjZA', 'YWJjZA=', 'YWJjZA==='];
for (const c of cases) { try { console.log(JSON.stringify(c), JSON.stringify(atob(c))) } catch (e) { console.log(JSON.stringify(c), e.name, e.message) } }
for (const c of ['', 'a', 'ab', 'abc', '\u00ff\u0000', '\u0100', 'hello world']) { try { console.log(JSON.stringify(c), btoa(c)) } catch (e) { console.log(JSON.stringify(c), e.name, e.message) } }
try { atob() } catch (e) { console.log(e.code) }
console.log(btoa(123), atob(null === null ? 'bnVsbA==' : ''));
