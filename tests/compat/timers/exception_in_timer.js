process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => { throw new Error('from timer'); }, 10);
setTimeout(() => console.log('loop continues'), 30);
setImmediate(() => { throw new Error('from immediate'); });
