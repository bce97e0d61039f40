const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('héllo €'), enc.encode(''), enc.encodeInto('abc€', new Uint8Array(4)));
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 104, 105])), dec.decode(new Uint8Array([0xff, 0x41])));
const euro = enc.encode('€');
console.log(dec.decode(euro.subarray(0, 2), { stream: true }) + '|' + dec.decode(euro.subarray(2)));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder('klingon'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([104, 0, 105, 0])), new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([233])));
const target = new EventTarget();
const seen = [];
target.addEventListener('ping', (e) => seen.push(['fn', e.type, e.target === target, e instanceof Event]));
target.addEventListener('ping', { handleEvent(e) { seen.push(['obj', e.defaultPrevented]); } }, { once: true });
const ev = new Event('ping', { cancelable: true });
target.addEventListener('ping', (e) => e.preventDefault());
console.log(target.dispatchEvent(ev), ev.defaultPrevented, target.dispatchEvent(new Event('ping')));
console.log(JSON.stringify(seen));
const ce = new CustomEvent('hello', { detail: { x: 1 } });
console.log(ce.type, ce.detail, ce.bubbles, ce.cancelable, ce.isTrusted, ce instanceof Event);
try { new Event(); } catch (e) { console.log(e.code, e.message); }
try { target.addEventListener('x', 5); } catch (e) { console.log(e.code); }
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('abort event', ac.signal.aborted));
ac.signal.onabort = () => console.log('onabort');
ac.abort();
console.log(ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code, ac.signal.reason instanceof DOMException, ac.signal.reason instanceof Error);
ac.abort('again');
console.log(AbortSignal.abort('why').reason, AbortSignal.abort().aborted);
try { AbortSignal.abort('stop').throwIfAborted(); } catch (e) { console.log('thrown', e); }
const any = AbortSignal.any([new AbortController().signal, AbortSignal.abort('first')]);
console.log(any.aborted, any.reason);
const t = AbortSignal.timeout(10);
t.addEventListener('abort', () => console.log('timeout', t.reason.name, t.reason.message));
setTimeout(() => {}, 30);
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code); }
const d = new DOMException('msg', 'DataCloneError');
console.log(d.name, d.message, d.code, DOMException.ABORT_ERR, Object.prototype.toString.call(d));
