process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('nobody catches me'));
setTimeout(() => console.log('not reached'), 50);
