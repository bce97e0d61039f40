// Callback and promise forms of node:fs, and where their callbacks land in
// the event loop.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'bistro-fs-'));
const p = (name) => path.join(dir, name);

fs.writeFileSync(p('menu.txt'), 'soup\nsalad\n');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
fs.readFile(p('menu.txt'), 'utf8', (err, text) => {
  console.log('readFile', err, JSON.stringify(text));
  process.nextTick(() => console.log('tick after readFile'));
  Promise.resolve().then(() => console.log('microtask after readFile'));
  setImmediate(() => console.log('immediate after readFile'));
  callbacks();
});
process.nextTick(() => console.log('tick'));

function callbacks() {
  fs.writeFile(p('a.txt'), 'alpha', (err) => {
    console.log('writeFile', err);
    fs.appendFile(p('a.txt'), '+beta', (err) => {
      console.log('appendFile', err);
      fs.stat(p('a.txt'), (err, st) => {
        console.log('stat', err, st.size, st.isFile());
        fs.open(p('a.txt'), 'r', (err, fd) => {
          const buf = Buffer.alloc(5);
          fs.read(fd, buf, 0, 5, 6, (err, bytesRead, same) => {
            console.log('read', err, bytesRead, same === buf, buf.toString());
            fs.write(fd, 'x', (err) => {
              console.log('write to read-only fd', err.code, err.syscall);
              fs.close(fd, (err) => {
                console.log('close', err);
                fs.readdir(dir, (err, names) => {
                  console.log('readdir', err, names);
                  fs.mkdir(p('d/e'), { recursive: true }, (err, first) => {
                    console.log('mkdir', err, path.relative(dir, first));
                    fs.rm(p('d'), { recursive: true }, (err) => {
                      console.log('rm', err, fs.existsSync(p('d')));
                      promises().catch((e) => console.log('unexpected', e));
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

async function promises() {
  await fsp.writeFile(p('b.json'), JSON.stringify({ dish: 'pie' }));
  console.log('promises readFile', JSON.parse(await fsp.readFile(p('b.json'), 'utf8')));
  const handle = await fsp.open(p('b.json'), 'r+');
  console.log('handle fd', typeof handle.fd);
  const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 2);
  console.log('handle read', bytesRead, buffer.toString());
  console.log('handle write', (await handle.write('{"d', 0)).bytesWritten);
  console.log('handle stat', (await handle.stat()).size);
  console.log('handle readFile', await handle.readFile({ encoding: 'utf8', flag: 'r' }));
  await handle.truncate(3);
  await handle.close();
  await handle.close();
  console.log('after close', await fsp.readFile(p('b.json'), 'utf8'));
  await fsp.mkdir(p('q/r'), { recursive: true });
  await fsp.copyFile(p('b.json'), p('q/r/c.json'));
  await fsp.rename(p('q/r/c.json'), p('q/c.json'));
  console.log('promises readdir', await fsp.readdir(p('q'), { recursive: true }));
  console.log('access', await fsp.access(p('q')));
  await fsp.rm(p('q'), { recursive: true });
  try {
    await fsp.readFile(p('nope'));
  } catch (e) {
    console.log('rejected', e.code, e.syscall, path.basename(e.path));
  }
  try {
    await fsp.mkdir(p('a.txt'));
  } catch (e) {
    console.log('rejected', e.code, e.message.replace(dir, 'DIR'));
  }
  fs.rmSync(dir, { recursive: true });
  console.log('done');
}
