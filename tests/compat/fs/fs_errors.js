// fs argument and system errors: sync throws, callback errors, promise rejections.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'bistro-fs-'));
process.chdir(dir);
fs.writeFileSync('c', 'content');
fs.mkdirSync('a/y', { recursive: true });
fs.writeFileSync('a/h', 'h');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message.replace(dir, 'DIR'), Object.keys(e)); }
};
t('rm missing', () => fs.rmSync('missing'));
t('rm dir', () => fs.rmSync('a'));
t('rmdir not empty', () => fs.rmdirSync('a'));
t('read dir', () => fs.readFileSync('a'));
t('nul', () => fs.readFileSync('a\0b'));
t('num path', () => fs.readFileSync(5.5));
t('obj path', () => fs.readFileSync({}));
t('bad encoding', () => fs.readFileSync('c', 'nope'));
t('bad options', () => fs.readFileSync('c', 5));
t('bad flags', () => fs.openSync('c', 'zz'));
t('no callback', () => fs.readFile('c'));
t('bad data', () => fs.writeFileSync('c2', 5));
t('negative fd', () => fs.closeSync(-1));
t('closed fd', () => fs.closeSync(9999));
t('read closed fd', () => fs.readSync(9999, Buffer.alloc(4)));
t('scandir missing', () => fs.readdirSync('rd'));
t('url scheme', () => fs.readFileSync({ href: 'http://x/', protocol: 'http:', pathname: '/' }));
t('copy excl', () => fs.copyFileSync('c', 'a/h', fs.constants.COPYFILE_EXCL));
t('rename missing', () => fs.renameSync('missing', 'x'));
t('symlink exists', () => fs.symlinkSync('c', 'a'));
t('mkdtemp missing', () => fs.mkdtempSync('/nonexist/foo-'));
t('mkdtemp type', () => fs.mkdtempSync(5));
t('access missing', () => fs.accessSync('missing'));
t('truncate missing', () => fs.truncateSync('missing', 0));
t('mkdir exists', () => fs.mkdirSync('a'));
t('mkdir under file', () => fs.mkdirSync('c/sub', { recursive: true }));
t('open dir for write', () => fs.openSync('a', 'w'));
t('readdir file', () => fs.readdirSync('c'));
t('realpath missing', () => fs.realpathSync('zz/yy'));
t('wx exists', () => fs.writeFileSync('c', 'x', { flag: 'wx' }));
t('unlink dir', () => fs.unlinkSync('a'));
t('read length', () => fs.readSync(fs.openSync('c'), Buffer.alloc(4), 0, 10, 0));
t('read buffer type', () => fs.readSync(fs.openSync('c'), 'str'));
t('mkdir recursive type', () => fs.mkdirSync('q', { recursive: 'yes' }));
t('rm options type', () => fs.rmSync('c', { force: 1 }));
t('chmod mode', () => fs.chmodSync('c', 'abc'));
t('exists bad', () => fs.existsSync({}));
t('exists', () => [fs.existsSync('c'), fs.existsSync('nope'), fs.existsSync('a\0')]);
fs.readFile('missing', (e) => {
  console.log('callback', e);
  fs.stat('missing', (e2) => {
    console.log('stat callback', e2.message, e2.stack);
    fs.exists('c', (found) => {
      console.log('exists callback', found);
      rejections();
    });
  });
});

async function rejections() {
  await fs.promises.readFile('missing').catch((e) => console.log('promise', e.code, e.message));
  await fs.promises.readFile(5.5).catch((e) => console.log('promise type', e.code, e.message));
  await fs.promises.rm('a').catch((e) => console.log('promise rm', e.name, e.code, e.message, e.errno, e.syscall));
}
process.on('exit', () => fs.rmSync(dir, { recursive: true }));
