// fork(): a runtime child with an IPC channel. Messages both ways (JSON:
// strings, numbers, objects, unicode), send() callbacks and return value,
// connected and disconnect from either side, the child's exit code, and
// the errors of send() after the channel closed.
const { fork } = require('child_process');
const path = require('path');

const childPath = path.join(__dirname, 'fixtures', 'ipc_child.js');

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
}

(async () => {
  const child = fork(childPath, ['one', 'two']);
  console.log('connected', child.connected, 'stdio', child.stdio, 'channel', typeof child.channel.ref);
  console.log('first message', (await once(child, 'message'))[0]);
  for (const bad of [undefined, Symbol('x'), () => {}]) {
    try {
      child.send(bad);
    } catch (err) {
      console.log('bad message', err.code, err.message);
    }
  }
  for (const message of ['text', 42, { nested: { list: [1, 2, 3] } }, 'ünïcødé ✓', true, null]) {
    const sent = child.send(message, (err) => console.log('send callback', err));
    console.log('send returned', sent);
    console.log('reply', JSON.stringify((await once(child, 'message'))[0]));
  }
  const exited = once(child, 'exit');
  const closed = once(child, 'close');
  child.send({ exitWith: 3 });
  console.log('last words', (await once(child, 'message'))[0]);
  console.log('exit', await exited);
  console.log('close', await closed);
  console.log('after close connected', child.connected);
  child.send('too late', (err) => console.log('send after close', err.code, err.message));

  const second = fork(childPath, { silent: true });
  console.log('silent stdio', second.stdio.map((s) => (s === null ? null : 'stream')));
  await once(second, 'message');
  const secondExit = once(second, 'exit');
  second.send('disconnect yourself');
  await once(second, 'disconnect');
  console.log('parent saw disconnect, connected', second.connected);
  console.log('child exit', await secondExit);

  const third = fork(childPath);
  await once(third, 'message');
  const thirdExit = once(third, 'exit');
  third.disconnect();
  console.log('disconnected by parent', third.connected);
  third.on('error', (err) => console.log('second disconnect error', err.code, err.message));
  third.disconnect();
  await once(third, 'disconnect');
  console.log('third exit', await thirdExit);

  try {
    fork(childPath, { stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (err) {
    console.log('no ipc in stdio', err.code, err.message);
  }
  try {
    fork(42);
  } catch (err) {
    console.log('bad module path', err.code);
  }
})();
