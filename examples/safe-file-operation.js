// The guide's safe file operation with promises: open, read, write and
// always close — and a missing file handled as an ordinary case.
const fs = require('fs/promises');
const os = require('os');
const path = require('path');

async function readOrder(file) {
  let handle;
  try {
    handle = await fs.open(file, 'r');
    const text = await handle.readFile('utf8');
    return text.trim();
  } catch (err) {
    if (err.code === 'ENOENT') return `no order in ${path.basename(err.path)}`;
    throw err;
  } finally {
    await handle?.close();
  }
}

async function main() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bistro-safe-'));
  const order = path.join(dir, 'order.txt');
  await fs.writeFile(order, 'one margherita\n');
  await fs.appendFile(order, 'one tiramisu\n');
  console.log(await readOrder(order));
  console.log(await readOrder(path.join(dir, 'missing.txt')));
  try {
    await fs.writeFile(order, 'overwrite?', { flag: 'wx' });
  } catch (err) {
    console.log(`Refused: ${err.code} (${err.syscall})`);
  }
  await fs.rm(dir, { recursive: true });
  console.log('Cleaned up:', await fs.access(dir).then(() => false, () => true));
}

main().catch((err) => {
  console.error('Failed:', err.message);
  process.exitCode = 1;
});
