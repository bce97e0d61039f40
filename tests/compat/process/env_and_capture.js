// process.env's property rules (data descriptors only, symbols, names that
// read through to Object.prototype, refused names), process.ref/unref,
// uncaught exception capture and monitoring, and _rawDebug/reallyExit.
const attempt = (f) => {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};

attempt(() => Object.defineProperty(process.env, 'BISTRO_A', { value: 'x' }));
attempt(() => Object.defineProperty(process.env, 'BISTRO_A', { get() { return 'x'; } }));
attempt(() => Object.defineProperty(process.env, 'BISTRO_A', { value: 'y', configurable: true, writable: true, enumerable: true }).BISTRO_A);
attempt(() => { process.env[Symbol('s')] = 1; });
try {
  process.env.BISTRO_B = Symbol('s');
} catch (e) {
  console.log('symbol value', e.name);
}
console.log(process.env[Symbol('s')], Symbol('s') in process.env, delete process.env[Symbol('s')]);
console.log(process.env.hasOwnProperty === Object.prototype.hasOwnProperty, 'toString' in process.env,
  Object.hasOwn(process.env, 'hasOwnProperty'));
process.env[''] = 'ignored';
process.env.BISTRO_C = 42;
console.log(process.env[''], process.env.BISTRO_C, typeof process.env.BISTRO_C);
delete process.env.BISTRO_C;
console.log('BISTRO_C' in process.env, Object.prototype.toString.call(process.env));

let refs = [];
process.ref({ ref() { refs.push('ref'); } });
process.unref({ [Symbol.for('nodejs.unref')]() { refs.push('nodejs.unref'); } });
process.ref(null);
process.unref({});
console.log(refs);

console.log(process.hasUncaughtExceptionCaptureCallback());
attempt(() => process.setUncaughtExceptionCaptureCallback(42));
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.setUncaughtExceptionCaptureCallback((err) => {
  console.log('captured', err.message);
  process.setUncaughtExceptionCaptureCallback(null);
  process.on('uncaughtException', (e, origin) => console.log('handler', e.message, origin));
  setTimeout(() => { throw new Error('second'); }, 1);
});
attempt(() => process.setUncaughtExceptionCaptureCallback(() => {}));
console.log(process.hasUncaughtExceptionCaptureCallback());
setTimeout(() => { throw new Error('first'); }, 1);
