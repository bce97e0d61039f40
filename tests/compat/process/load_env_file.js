// process.loadEnvFile: sets a .env file's variables that are not set yet,
// takes a string or a Buffer path, and fails like fs for a missing file.
process.env.BISTRO_ENV_SET = 'already set';
process.loadEnvFile('fixtures/sample.env');
console.log(['A', 'B', 'C', 'SET'].map((k) => process.env[`BISTRO_ENV_${k}`]));
delete process.env.BISTRO_ENV_A;
process.loadEnvFile(Buffer.from('fixtures/sample.env'));
console.log(process.env.BISTRO_ENV_A, process.loadEnvFile.length);
for (const path of ['fixtures/missing.env', 5]) {
  try {
    process.loadEnvFile(path);
  } catch (e) {
    console.log(e.code, e.message, e.syscall);
  }
}
