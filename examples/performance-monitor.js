// The guide's PerformanceMonitor: timing with performance.now() and memory
// with process.memoryUsage().
class PerformanceMonitor {
  constructor() {
    this.marks = new Map();
  }

  start(label) {
    this.marks.set(label, { time: performance.now(), memory: process.memoryUsage().heapUsed });
  }

  end(label) {
    const start = this.marks.get(label);
    if (!start) throw new Error(`no measurement named ${label}`);
    this.marks.delete(label);
    return {
      label,
      duration: performance.now() - start.time,
      memoryDelta: process.memoryUsage().heapUsed - start.memory,
    };
  }
}

const monitor = new PerformanceMonitor();
monitor.start('build array');
const data = Array.from({ length: 200000 }, (_, i) => ({ i, square: i * i }));
const result = monitor.end('build array');
console.log(result.label, data.length);
console.log('took time:', result.duration > 0);
console.log('memory grew:', result.memoryDelta > 0);
try {
  monitor.end('missing');
} catch (e) {
  console.log(e.message);
}
