// The child's stdio as streams: writing its stdin (with end() as EOF),
// large output in many chunks (every byte arrives, in order), pipe() into
// another child, stdio given as another child's stdout, a 'pipe' slot
// above 2, stdin destroyed at exit; and lifetime: unref() lets this
// process finish first, ref() keeps it waiting.
const { spawn } = require('child_process');

function sum(buffer, state) {
  for (const byte of buffer) state.value = (state.value * 31 + byte) % 1000000007;
}

function collect(stream) {
  return new Promise((resolve) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function closed(child) {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
}

(async () => {
  // stdin → cat → stdout, written in pieces.
  const cat = spawn('cat');
  const echoed = collect(cat.stdout);
  cat.stdin.write('first line\n');
  cat.stdin.write(Buffer.from('second line\n'));
  cat.stdin.end('last line\n');
  console.log('cat', JSON.stringify((await echoed).toString()), await closed(cat));

  // A runtime child reading its stdin to the end.
  const upper = spawn(process.execPath, ['-e',
    'let s = ""; process.stdin.setEncoding("utf8"); process.stdin.on("data", (d) => s += d);' +
    'process.stdin.on("end", () => process.stdout.write(s.toUpperCase()))']);
  const shouted = collect(upper.stdout);
  upper.stdin.end('quiet words');
  console.log('runtime stdin', JSON.stringify((await shouted).toString()), await closed(upper));

  // 8 MB of output, in order.
  const size = 8 * 1024 * 1024;
  const big = spawn(process.execPath, ['-e',
    `const b = Buffer.alloc(${size}); for (let i = 0; i < b.length; i++) b[i] = (i * 7) & 255;` +
    'process.stdout.write(b)']);
  const expected = { value: 0 };
  const ref = Buffer.alloc(size);
  for (let i = 0; i < size; i++) ref[i] = (i * 7) & 255;
  sum(ref, expected);
  const got = { value: 0 };
  let length = 0;
  let chunks = 0;
  big.stdout.on('data', (chunk) => {
    length += chunk.length;
    chunks++;
    sum(chunk, got);
  });
  console.log('large output', await closed(big), 'bytes', length, 'same bytes', got.value === expected.value,
    'several chunks', chunks > 1);

  // 4 MB into a child's stdin with backpressure.
  const counter = spawn('wc', ['-c']);
  const counted = collect(counter.stdout);
  const block = Buffer.alloc(64 * 1024, 'y');
  let writesRefused = 0;
  for (let i = 0; i < 64; i++) if (!counter.stdin.write(block)) writesRefused++;
  counter.stdin.end();
  console.log('large input', (await counted).toString().trim(), 'backpressure seen', writesRefused > 0,
    await closed(counter));

  // One child's stdout piped into another's stdin.
  const producer = spawn('printf', ['b\\na\\nc\\n']);
  const sorter = spawn('sort');
  producer.stdout.pipe(sorter.stdin);
  console.log('pipe()', JSON.stringify((await collect(sorter.stdout)).toString()), await closed(sorter));

  // A child's stdout as the next child's stdin (no data through this process).
  const source = spawn('printf', ['x\\ny\\nx\\n']);
  const grep = spawn('grep', ['-c', 'x'], { stdio: [source.stdout, 'pipe', 'pipe'] });
  console.log('stdio from a child', (await collect(grep.stdout)).toString().trim(), await closed(grep),
    'source stdio[1] kept', source.stdio[1] === source.stdout);

  // A fourth slot: the child writes to fd 3.
  const fd3 = spawn('sh', ['-c', 'echo on three >&3'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  console.log('fd 3', JSON.stringify((await collect(fd3.stdio[3])).toString()), await closed(fd3));

  // stdin is destroyed when the child exits.
  const quick = spawn('true');
  await closed(quick);
  console.log('stdin after exit destroyed', quick.stdin.destroyed);
  quick.stdin.write('late', (err) => console.log('late write', err && err.code));

  // unref(): this process ends while the child still sleeps; the child's
  // exit is never reported. ref() again would keep the loop alive.
  const sleeper = spawn('sleep', ['3'], { stdio: 'ignore' });
  sleeper.unref();
  sleeper.ref();
  sleeper.unref();
  sleeper.on('exit', () => console.log('sleeper exit (unexpected)'));
  process.on('exit', () => console.log('process exit; sleeper still running', sleeper.exitCode === null));
  setTimeout(() => console.log('timer after unref ran'), 20);
})();
