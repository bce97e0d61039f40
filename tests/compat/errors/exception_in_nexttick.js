process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => { throw new Error('tick error'); });
process.nextTick(() => console.log('next tick still runs'));
