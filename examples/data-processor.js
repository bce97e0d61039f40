// The guide's DataProcessor: an EventEmitter that queues tasks and reports
// progress through events.
const EventEmitter = require('events');

class DataProcessor extends EventEmitter {
  constructor() {
    super();
    this.queue = [];
    this.processing = false;
  }

  addTask(task) {
    this.queue.push(task);
    this.emit('taskAdded', task);
    if (!this.processing) this.processNext();
  }

  processNext() {
    const task = this.queue.shift();
    if (task === undefined) {
      this.processing = false;
      this.emit('drain');
      return;
    }
    this.processing = true;
    this.emit('taskStarted', task);
    setTimeout(() => {
      if (task.fail) {
        this.emit('error', new Error(`task ${task.id} failed`));
      } else {
        this.emit('taskCompleted', { ...task, result: task.value * 2 });
      }
      this.processNext();
    }, task.duration);
  }
}

const processor = new DataProcessor();
processor.on('taskAdded', (task) => console.log(`added task ${task.id}`));
processor.on('taskStarted', (task) => console.log(`started task ${task.id}`));
processor.on('taskCompleted', (task) => console.log(`completed task ${task.id}: ${task.result}`));
processor.on('error', (err) => console.log(`error: ${err.message}`));
processor.once('drain', () => console.log('all tasks done'));

processor.addTask({ id: 1, value: 10, duration: 20 });
processor.addTask({ id: 2, value: 5, duration: 5 });
processor.addTask({ id: 3, fail: true, duration: 5 });
processor.addTask({ id: 4, value: 21, duration: 1 });
