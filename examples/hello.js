// The smallest bistro program.
console.log('Hello from bistro!');
