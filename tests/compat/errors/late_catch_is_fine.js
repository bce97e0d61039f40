const p = Promise.reject(new Error('caught in same tick'));
Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));
process.on('unhandledRejection', () => console.log('should not fire'));
