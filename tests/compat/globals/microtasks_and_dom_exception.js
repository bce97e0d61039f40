// queueMicrotask ordering and errors; DOMException names and codes.
const order = [];
queueMicrotask(() => order.push('first'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => {
  order.push('second');
  queueMicrotask(() => order.push('nested'));
});
process.nextTick(() => order.push('tick'));
setTimeout(() => console.log(order.join(' ')), 0);
try { queueMicrotask('not a function'); } catch (err) { console.log(err.code, err.message); }
process.on('uncaughtException', (err) => console.log('uncaught from microtask:', err.message));
queueMicrotask(() => { throw new Error('microtask threw'); });
const names = ['IndexSizeError', 'NotFoundError', 'InvalidStateError', 'SyntaxError', 'AbortError', 'TimeoutError', 'DataCloneError', 'QuotaExceededError', 'NotSupportedError', 'Whatever'];
for (const name of names) {
  const e = new DOMException(`msg for ${name}`, name);
  console.log(e.name, e.code, e.message, e instanceof Error, e instanceof DOMException);
}
const plain = new DOMException();
console.log(JSON.stringify(plain.message), plain.name, plain.code);
const withOptions = new DOMException('with cause', { name: 'AbortError', cause: 'reason' });
console.log(withOptions.name, withOptions.cause, withOptions.code);
console.log(DOMException.ABORT_ERR, DOMException.NOT_FOUND_ERR, DOMException.DATA_CLONE_ERR, typeof DOMException.prototype.code);
console.log(Object.prototype.toString.call(plain), String(new DOMException('m', 'NotFoundError')));
