// AbortController and AbortSignal: reasons, events, timeout and any.
const controller = new AbortController();
const { signal } = controller;
console.log(signal.aborted, signal.reason);
signal.addEventListener('abort', (e) => console.log('abort event', e.type, signal.aborted));
signal.onabort = () => console.log('onabort handler');
controller.abort();
controller.abort('second abort ignored');
console.log(signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code);
const withReason = new AbortController();
withReason.abort({ custom: 'reason' });
console.log(withReason.signal.reason);
try { withReason.signal.throwIfAborted(); } catch (err) { console.log('thrown reason:', err); }
const already = AbortSignal.abort('static reason');
console.log(already.aborted, already.reason);
try { new AbortSignal(); } catch (err) { console.log(err.name, err.code); }
const timeout = AbortSignal.timeout(5);
timeout.addEventListener('abort', () => {
  console.log('timeout:', timeout.reason.name, timeout.reason.message, timeout.reason.code);
});
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
b.abort('b went first');
a.abort('a second');
console.log(AbortSignal.any([AbortSignal.abort('pre')]).reason);
try { AbortSignal.timeout(-1); } catch (err) { console.log(err.code, err.message); }
try { AbortSignal.any('nope'); } catch (err) { console.log(err.code); }
console.log(Object.prototype.toString.call(signal), typeof AbortSignal.prototype.throwIfAborted);
