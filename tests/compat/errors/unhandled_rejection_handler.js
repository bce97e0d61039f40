process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('handled by listener'));
setTimeout(() => console.log('still alive'), 5);
