// Console instances over streams: construction rules and errors, colorMode
// and per-stream inspectOptions, ignoreErrors, the _stdout/_stderr
// properties, and the global console's shape and its process.stdout writes.
const { Console } = require('console');
const { Writable, PassThrough } = require('stream');

const attempt = (f) => {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};

function sink(name) {
  return new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      console.log(`${name}:`, JSON.stringify(chunk));
      callback();
    },
  });
}

const out = sink('out');
const err = sink('err');
const c = new Console(out, err);
c.log('hello %s', 'world');
c.error('oops', 42);
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.group('group');
c.info('inside\ntwo lines');
c.groupEnd();
c.count();
c.count();
c.countReset();
c.assert(false, 'failed %d', 1);
c.table([{ a: 1 }]);
[1, 2].forEach(c.log);
console.log(Object.keys(c).join(' '));
console.log(c.log.name, c instanceof Console, console instanceof Console, {} instanceof Console);
console.log(c._stdout === out, c._stderr === err, c._ignoreErrors, Object.prototype.toString.call(c));

const called = Console(out);
console.log(called instanceof Console);
class MyConsole extends Console {
  log() { return 'overridden'; }
}
const mine = new MyConsole(out);
const { log } = mine;
console.log(log(), mine instanceof Console);

attempt(() => new Console());
attempt(() => new Console({ write() {} }, {}));
attempt(() => new Console({ stdout: out, colorMode: 0 }));
attempt(() => new Console({ stdout: out, colorMode: true, inspectOptions: { colors: false } }));
attempt(() => new Console({ stdout: out, inspectOptions: 'x' }));
attempt(() => new Console({ stdout: out, groupIndentation: 1001 }));

const throwing = new Writable({ write() { throw new Error('write failed'); } });
new Console(throwing).log('swallowed');
attempt(() => new Console(throwing, throwing, false).log('thrown'));
const failing = new Writable({ write(chunk, encoding, callback) { callback(new Error('async failure')); } });
new Console(failing).log('ignored');

const plain = new PassThrough().setEncoding('utf8');
const perStream = new Console({ stdout: plain, inspectOptions: new Map([[plain, { compact: false }]]) });
perStream.log({ a: 1 });
console.log(JSON.stringify(plain.read()));
const noColor = new Console({ stdout: plain, colorMode: false });
noColor.log([1, 'x']);
console.log(JSON.stringify(plain.read()));

console.log(Object.keys(console).join(' '));
console.log(Object.getPrototypeOf(console), Object.prototype.toString.call(console), console.log.name);
console.log(['_stdout', '_stderr', '_times', '_ignoreErrors'].map((k) => Object.getOwnPropertyDescriptor(console, k) !== undefined));

const realWrite = process.stdout.write;
const captured = [];
process.stdout.write = (text) => captured.push(text);
console.log('through %s', 'process.stdout');
console.count('global');
console.clear();
process.stdout.write = realWrite;
console.log(captured);
