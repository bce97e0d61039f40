'use strict';
// AssertionError and its messages, worded and laid out as Node 26 does
// (including the "+ actual - expected" line diff).

const { inspect } = require('util');
const { myersDiff, printMyersDiff } = require('internal/myers_diff');

const readable = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kMaxShortLength = 12;
const kMaxLongLength = 512;
// The operators whose custom message still gets the diff appended.
const kCustomMessageDiff = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

function inspectValue(value) {
  return inspect(value, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// Two one-line values: "a !== b" when short, else both stacked, with a
// caret under the first differing character when they fit a line.
function simpleDiff(actual, actualLine, expected, expectedLine) {
  let length = actualLine.length + expectedLine.length;
  if (typeof actual === 'string') length -= 2;
  if (typeof expected === 'string') length -= 2;
  if (length <= kMaxShortLength && (actual !== 0 || expected !== 0)) {
    return { message: `${actualLine} !== ${expectedLine}`, header: '' };
  }
  let message = `\n+ ${actualLine}\n- ${expectedLine}`;
  const width = process.stderr.isTTY ? process.stderr.columns : 80;
  if (actualLine.length + expectedLine.length <= width) {
    let i = 0;
    while (i < actualLine.length && actualLine[i] === expectedLine[i]) i++;
    // The first characters (the quote and two more) need no pointer.
    if (i < actualLine.length && i >= 3) message += `\n${' '.repeat(i + 2)}^`;
  }
  return { message };
}

// The message of a failed (deep) strict equality: the operator's words (or
// the custom message), "+ actual - expected" and the diff of the inspected
// values, ending in a newline.
function createErrDiff(actual, expected, operator, customMessage, diffType = 'simple') {
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null && typeof expected === 'object' &&
      expected !== null) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = '+ actual - expected';
  let message;
  let skipped = false;
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null)) {
    const diff = simpleDiff(actual, actualLines[0], expected, expectedLines[0]);
    message = diff.message;
    if (diff.header !== undefined) header = diff.header;
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    header = '';
    if (actualLines.length > 50 && diffType !== 'full') {
      message = `${actualLines.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = inspectedActual;
    }
  } else {
    const script = myersDiff(actualLines, expectedLines, actual != null && typeof actual === 'object');
    ({ message, skipped } = printMyersDiff(script));
  }
  const title = customMessage || readable[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

function generatedMessage(actual, expected, operator, diffType) {
  if (kCustomMessageDiff.has(operator)) return createErrDiff(actual, expected, operator, undefined, diffType);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = readable[operator];
    const res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && isObjectLike(actual)) base = readable.notStrictEqualObject;
    if (res.length > 50 && diffType !== 'full') {
      res[46] = '...';
      while (res.length > 47) res.pop();
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = readable[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 && diffType !== 'full' ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > kMaxLongLength && diffType !== 'full') res = `${res.slice(0, 509)}...`;
  if (other.length > kMaxLongLength && diffType !== 'full') other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else if (readable[`${operator}Unequal`]) {
    res = `${readable[`${operator}Unequal`]}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
  } else {
    other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

// A stand-in for an Error compared in a message: its own enumerable
// properties, message and cause, but no stack to print.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.hasOwn(source, 'cause')) {
    const { cause } = source;
    Object.defineProperty(target, 'cause', { __proto__: null, value: isError(cause) ? copyError(cause) : cause });
  }
  return target;
}

function isError(value) {
  return value instanceof Error || require('internal/types').isNativeError(value);
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const { message, operator, stackStartFn, stackStartFunction, details, diff = 'simple' } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = kCustomMessageDiff.has(operator) ? createErrDiff(actual, expected, operator, message, diff) : String(message);
    } else {
      if (isObjectLike(actual) && isObjectLike(expected) && 'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = generatedMessage(actual, expected, operator, diff);
    }
    super(text);
    this.generatedMessage = message == null;
    Object.defineProperty(this, 'name', { __proto__: null, value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction || this.constructor);
    // The stack was built with the long name; the name itself is short.
    this.stack;
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError, inspectValue };
