// process.env coercion and deletion; argv and execArgv shapes.
process.env.BISTRO_TEST_NUMBER = 42;
process.env.BISTRO_TEST_BOOL = true;
process.env.BISTRO_TEST_UNDEF = undefined;
console.log(typeof process.env.BISTRO_TEST_NUMBER, process.env.BISTRO_TEST_NUMBER, process.env.BISTRO_TEST_BOOL);
console.log(process.env.BISTRO_TEST_UNDEF, typeof process.env.BISTRO_TEST_UNDEF);
console.log('BISTRO_TEST_NUMBER' in process.env, delete process.env.BISTRO_TEST_NUMBER, 'BISTRO_TEST_NUMBER' in process.env);
console.log(process.env.DOES_NOT_EXIST_ANYWHERE, Object.keys(process.env).includes('BISTRO_TEST_BOOL'));
try { process.env.SYM = Symbol('s'); } catch (err) { console.log(err.name); }
console.log(process.argv.length >= 2, require('path').basename(process.argv[1]), Array.isArray(process.execArgv));
console.log(typeof process.argv0, typeof process.execPath, process.title.length > 0);
console.log(typeof process.pid, typeof process.ppid, process.pid > 0, process.pid !== process.ppid);
console.log(process.platform, typeof process.arch);
