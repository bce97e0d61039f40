process.on('exit', (code) => console.log('exit code', code));
console.log('before throw');
setTimeout(() => console.log('never'), 10);
throw new Error('fatal');
