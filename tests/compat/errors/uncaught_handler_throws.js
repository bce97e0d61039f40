process.on('uncaughtException', () => {
  throw new Error('handler broke');
});
setTimeout(() => { throw new Error('first'); }, 1);
