process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.code, err.message.includes('"42"'));
});
Promise.reject(42);
