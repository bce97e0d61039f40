// Runs under the bistro.toml beside it: only the GREETING variable is
// readable; everything else the script tries is denied with a message that
// says how to grant it.
console.log('GREETING is', process.env.GREETING ?? '(unset)');
for (const name of ['HOME', 'PATH']) {
  try {
    console.log(name, process.env[name]);
  } catch (e) {
    console.log(`${name}: ${e.code}`);
  }
}
console.log('may read /etc:', process.permission.has('fs.read', '/etc'));
console.log('may spawn:', process.permission.has('child'));
try {
  process.chdir('/');
} catch (e) {
  console.log(e.message);
}
