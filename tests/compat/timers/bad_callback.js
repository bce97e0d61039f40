for (const [name, fn] of [['setTimeout', setTimeout], ['setInterval', setInterval], ['setImmediate', setImmediate]]) {
  for (const bad of [undefined, 'code', 42, {}]) {
    try {
      if (name === 'setImmediate') fn(bad); else fn(bad, 1);
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
}
try { process.nextTick(null); } catch (e) { console.log('nextTick', e.code, e.message); }
try { queueMicrotask(1); } catch (e) { console.log('queueMicrotask', e.code, e.message); }
