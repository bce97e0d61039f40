// mock.fn, mock.method, getters, setters and properties record calls and
// can change or restore what they do; t.mock is reset after its test.
require('./fixtures/quiet_durations');
const { test, mock } = require('node:test');

test('mock.fn', (t) => {
  const add = t.mock.fn((a, b) => a + b);
  console.log(add(1, 2), add.mock.callCount(), add.mock.calls[0].arguments, add.mock.calls[0].result);
  add.mock.mockImplementationOnce(() => 'once');
  console.log(add(3, 4), add(5, 6));
  add.mock.mockImplementation(() => 'replaced');
  console.log(add());
  add.mock.resetCalls();
  console.log(add.mock.callCount());
  const thrower = t.mock.fn(() => {
    throw new Error('mock threw');
  });
  try {
    thrower();
  } catch {}
  console.log(thrower.mock.calls[0].error.message, Object.keys(thrower.mock.calls[0]));
  const limited = t.mock.fn(() => 'original', () => 'mocked', { times: 2 });
  console.log(limited(), limited(), limited());
  console.log(mock.fn().mock.calls);
  t.assert.called(add);
  t.assert.callCount(add, 1);
  try {
    t.assert.callCount(add, 5);
  } catch (err) {
    console.log(err.message);
  }
});

test('mock.method and accessors', (t) => {
  const obj = {
    value: 1,
    get getter() { return 'real'; },
    set setter(x) { this.value = x; },
    double(x) { return x * 2; },
  };
  const spy = t.mock.method(obj, 'double');
  console.log(obj.double(3), spy.mock.calls[0].this === obj);
  t.mock.method(obj, 'double', () => 'replaced');
  console.log(obj.double(3));
  t.mock.getter(obj, 'getter', () => 'fake');
  console.log(obj.getter);
  const setter = t.mock.setter(obj, 'setter', function (x) { this.value = x * 10; });
  obj.setter = 2;
  console.log(obj.value, setter.mock.callCount());
  t.mock.restoreAll();
  console.log(obj.double(3), obj.getter);
  const property = t.mock.property(obj, 'value', 42);
  console.log(obj.value, property.mock.accessCount());
  for (const bad of [() => t.mock.method(obj, 'value'), () => t.mock.fn(1), () => t.mock.fn({ times: 0 })]) {
    try {
      bad();
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
});

const shared = { greet() { return 'hello'; } };
test('mocks a shared object', (t) => {
  t.mock.method(shared, 'greet', () => 'mocked');
  console.log(shared.greet());
});
test('the mock was reset', () => {
  console.log(shared.greet());
});

test('mocking a class', (t) => {
  class Point {
    constructor(x) { this.x = x; }
  }
  const MockPoint = t.mock.fn(Point);
  const point = new MockPoint(5);
  const [call] = MockPoint.mock.calls;
  console.log(point.x, point instanceof Point, call.target === Point, call.this === point);
});
