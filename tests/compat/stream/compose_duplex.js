// stream.compose, Duplex.from (every kind of body), duplexPair, the
// stream predicates, stream.destroy, Symbol.asyncDispose and the default
// highWaterMark.
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, Transform, compose, duplexPair } = stream;

const show = (err) => `${err.name} ${err.code} ${err.message}`;
const upper = async function* (source) {
  for await (const chunk of source) yield String(chunk).toUpperCase();
};

async function main() {
  // compose: streams and async generators as one Duplex.
  const c = compose(new PassThrough(), upper, new Transform({
    transform(chunk, enc, cb) { cb(null, `[${chunk}]`); },
  }));
  c.end('abc');
  console.log('compose', (await c.toArray()).map(String), c.constructor.name);
  console.log('readable.compose', await Readable.from(['x', 'y']).compose(upper).toArray());
  try { compose(); } catch (err) { console.log(show(err)); }
  try { compose(new Writable({ write() {} }), new PassThrough()); } catch (err) { console.log(show(err)); }
  const failing = compose(async function* (source) {
    for await (const chunk of source) throw new Error(`bad ${chunk}`);
  }, new PassThrough());
  failing.on('error', (err) => console.log('compose error:', err.message));
  failing.end('x');
  await new Promise((resolve) => failing.on('close', resolve));

  // Duplex.from
  const fromGen = Duplex.from(upper);
  fromGen.end('gen');
  console.log('from generator', await fromGen.toArray());
  console.log('from array', await Duplex.from([1, 2]).toArray());
  console.log('from promise', await Duplex.from(Promise.resolve('p')).toArray());
  console.log('from string', await Duplex.from('text').toArray());
  const consumed = [];
  const sink = Duplex.from(async (source) => { for await (const chunk of source) consumed.push(String(chunk)); });
  sink.write('a');
  sink.end('b');
  await new Promise((resolve) => sink.on('finish', resolve));
  console.log('from async function', consumed);
  const pair = Duplex.from({ readable: Readable.from(['r']), writable: new Writable({ write(chunk, enc, cb) { console.log('pair wrote', String(chunk)); cb(); } }) });
  pair.write('w');
  console.log('from pair', await pair.toArray());
  const existing = new PassThrough();
  console.log('from duplex is itself', Duplex.from(existing) === existing);
  console.log('from blob', String((await Duplex.from(new Blob(['blob'])).toArray())[0] instanceof ArrayBuffer));
  try { Duplex.from(42); } catch (err) { console.log(show(err)); }
  try { Duplex.from(() => 42); } catch (err) { console.log(show(err)); }

  // duplexPair
  const [left, right] = duplexPair();
  right.on('data', (d) => console.log('right got', String(d)));
  left.write('hello');
  right.write('back');
  console.log('left read', String(await new Promise((resolve) => left.once('data', resolve))));
  left.end();
  await new Promise((resolve) => right.on('end', resolve));
  console.log('right ended');

  // predicates
  const r = new Readable({ read() {} });
  console.log('readable', stream.isReadable(r), 'writable', stream.isWritable(r), 'errored', stream.isErrored(r),
    'destroyed', stream.isDestroyed(r), 'disturbed', stream.isDisturbed(r));
  r.on('error', () => {});
  r.destroy(new Error('x'));
  await new Promise((resolve) => r.on('close', resolve));
  console.log('after error: readable', stream.isReadable(r), 'errored', stream.isErrored(r),
    'destroyed', stream.isDestroyed(r), 'disturbed', stream.isDisturbed(r));
  console.log('non-streams', stream.isReadable({}), stream.isWritable({}), stream.isDestroyed({}), stream.isErrored(null));

  // stream.destroy: an unfinished stream gets an AbortError.
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  w.on('error', (err) => console.log('destroy error:', err.name));
  stream.destroy(w);
  await new Promise((resolve) => w.on('close', resolve));

  // await using
  const disposed = new Readable({ read() {} });
  disposed.on('error', (err) => console.log('dispose error event:', err.name));
  await disposed[Symbol.asyncDispose]();
  console.log('disposed', disposed.destroyed);
  const finished = new Writable({ write(chunk, enc, cb) { cb(); } });
  finished.end('x');
  await new Promise((resolve) => finished.on('finish', resolve));
  await finished[Symbol.asyncDispose]();
  console.log('finished writable disposed', finished.destroyed);

  // highWaterMark defaults, defaultEncoding, eventNames
  console.log('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true),
    new Readable().readableHighWaterMark, new Writable().writableHighWaterMark,
    new PassThrough({ objectMode: true }).readableHighWaterMark);
  stream.setDefaultHighWaterMark(false, 1024);
  console.log('changed hwm', new Readable().readableHighWaterMark);
  stream.setDefaultHighWaterMark(false, 64 * 1024);
  try { stream.setDefaultHighWaterMark(false, -1); } catch (err) { console.log(show(err)); }
  try { new Readable({ defaultEncoding: 'nope' }); } catch (err) { console.log(show(err)); }
  try { new Writable({ defaultEncoding: {} }); } catch (err) { console.log(show(err)); }
  const named = new Duplex({ read() {}, write() {} });
  named.on('foo', () => {});
  named.on('end', () => {});
  named.on('drain', () => {});
  console.log('eventNames', named.eventNames());
  console.log('String(err)', String((() => { try { Readable.from(1); } catch (err) { return err; } })()));
}

main();
