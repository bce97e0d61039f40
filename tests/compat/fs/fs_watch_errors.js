// fs.watch and fs.watchFile refuse bad input with Node's errors, and a
// missing path is a system error (or nothing, with throwIfNoEntry: false).
const fs = require('fs');
const os = require('os');
const path = require('path');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result && result.constructor.name);
    if (result && typeof result.close === 'function') result.close();
  } catch (err) {
    console.log(label, err.name, err.code, err.message.replace(os.tmpdir(), 'TMP'));
    if (err.syscall) console.log('  ', err.errno, err.syscall, err.path === err.filename);
  }
}

const missing = path.join(os.tmpdir(), 'bistro-no-such-dir', 'x');
attempt('missing path', () => fs.watch(missing));
attempt('missing path, throwIfNoEntry false', () => fs.watch(missing, { throwIfNoEntry: false }));
attempt('number path', () => fs.watch(42));
attempt('bad options', () => fs.watch('.', 17));
attempt('bad persistent', () => fs.watch('.', { persistent: 'yes' }));
attempt('bad ignore', () => fs.watch('.', { ignore: 5 }));
attempt('empty ignore', () => fs.watch('.', { ignore: [''] }));
attempt('recursive bad encoding', () => fs.watch('.', { recursive: true, encoding: 1 }));
attempt('watchFile without listener', () => fs.watchFile('.'));
attempt('watchFile bad interval', () => fs.watchFile('.', { interval: -1 }, () => {}));
attempt('unwatchFile of an unwatched file', () => fs.unwatchFile('never-watched'));

(async () => {
  for (const [label, options] of [['maxQueue', { maxQueue: 'x' }], ['overflow', { overflow: 'drop' }],
    ['encoding', { encoding: 'nope' }], ['missing', {}]]) {
    try {
      for await (const event of fs.promises.watch(label === 'missing' ? missing : '.', options)) console.log(event);
    } catch (err) {
      console.log('promises', label, err.name, err.code);
    }
  }
  const aborted = AbortSignal.abort();
  try {
    for await (const event of fs.promises.watch('.', { signal: aborted })) console.log(event);
  } catch (err) {
    console.log('promises pre-aborted', err.name, err.code);
  }
})();
