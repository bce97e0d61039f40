// Readable's iterator helpers: map (concurrency, highWaterMark, order),
// filter, flatMap, drop, take, forEach, toArray, some, find, every,
// reduce; signal aborts; argument errors; the methods' shape.
const { Readable } = require('stream');

const show = (err) => `${err.name} ${err.code} ${err.message}`;
const delay = (ms, v) => new Promise((resolve) => setTimeout(resolve, ms, v));

async function main() {
  console.log(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray());

  // Up to `concurrency` calls at once; results keep the input order.
  let running = 0;
  let peak = 0;
  const slowDouble = async (x) => {
    running++;
    peak = Math.max(peak, running);
    await delay(x % 2 ? 20 : 5);
    running--;
    return x * 2;
  };
  console.log(await Readable.from([1, 2, 3, 4, 5, 6]).map(slowDouble, { concurrency: 3 }).toArray(), 'peak', peak);
  peak = 0;
  await Readable.from([1, 2, 3, 4, 5, 6]).map(slowDouble, { concurrency: 2, highWaterMark: 0 }).toArray();
  console.log('peak with concurrency 2', peak);

  console.log(await Readable.from([1, 2, 3, 4, 5]).filter(async (x) => x % 2).toArray());
  console.log(await Readable.from([1, 2, 3]).flatMap((x) => [x, x * 10]).toArray());
  console.log(await Readable.from([1, 2, 3, 4]).drop(1).take(2).toArray());
  console.log(await Readable.from([1, 2]).drop(5).toArray(), await Readable.from([1, 2]).take(0).toArray());

  const seen = [];
  console.log(await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); }), seen);
  console.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).some((x) => x > 5));
  console.log(await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1]).find((x) => x > 1));
  console.log(await Readable.from([1, 2, 3]).every((x) => x > 0), await Readable.from([1, 2, 3]).every((x) => x > 1));
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b), await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  await Readable.from([]).reduce((a, b) => a + b).catch((err) => console.log('reduce empty:', show(err)));
  console.log(await Readable.from([]).reduce((a, b) => a + b, 'init'));

  // A failing callback rejects; the source stream is destroyed.
  const source = Readable.from([1, 2, 3]);
  await source.map((x) => { if (x === 2) throw new Error('boom'); return x; }).toArray()
    .catch((err) => console.log('map threw:', err.message));
  await delay(1);
  console.log('source destroyed', source.destroyed);

  // signal
  const ac = new AbortController();
  const pending = Readable.from([1, 2, 3]).map(async (x) => { await delay(10); return x; }, { signal: ac.signal }).toArray();
  ac.abort();
  await pending.catch((err) => console.log('aborted map:', err.name));
  const aborted = AbortSignal.abort();
  await Readable.from([1]).toArray({ signal: aborted }).catch((err) => console.log('aborted toArray:', err.name));
  await Readable.from([1]).reduce((a, b) => a + b, 0, { signal: aborted }).catch((err) => console.log('aborted reduce:', err.name));

  // Bad arguments throw at once (stream-returning) or reject (promise-returning).
  for (const f of [
    () => Readable.from([1]).map(1),
    () => Readable.from([1]).map((x) => x, { concurrency: 0 }),
    () => Readable.from([1]).map((x) => x, { concurrency: 'a' }),
    () => Readable.from([1]).map((x) => x, 'options'),
    () => Readable.from([1]).filter((x) => x, { signal: 1 }),
    () => Readable.from([1]).drop(-1),
    () => Readable.from([1]).take(-2),
  ]) {
    try { f(); console.log('no throw'); } catch (err) { console.log(show(err)); }
  }
  await Readable.from([1]).forEach(1).catch((err) => console.log(show(err)));
  await Readable.from([1]).reduce('x').catch((err) => console.log(show(err)));
  await Readable.from([1]).toArray(1).catch((err) => console.log(show(err)));
  try { new (Readable.prototype.map)((x) => x); } catch (err) { console.log(show(err)); }

  for (const name of ['map', 'filter', 'flatMap', 'drop', 'take', 'forEach', 'toArray', 'some', 'find', 'every', 'reduce', 'compose']) {
    const d = Object.getOwnPropertyDescriptor(Readable.prototype, name);
    console.log(name, typeof d.value, d.value.name, d.value.length, d.enumerable, d.writable, d.configurable);
  }
  console.log('asIndexedPairs', typeof Readable.prototype.asIndexedPairs);

  // iterator({ destroyOnReturn: false }) leaves the stream open after break.
  const r = Readable.from([1, 2, 3]);
  for await (const x of r.iterator({ destroyOnReturn: false })) { console.log('first', x); break; }
  console.log('destroyed after break', r.destroyed, await r.toArray());
}

main();
