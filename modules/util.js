'use strict';
// node:util — format, inspect and helpers. inspect follows Node's layout
// rules (breakLength 80, compact 3, array grouping, depth 2, circular refs).

const { codes, validateFunction, validateNumber, validateObject, validateString } = require('internal/errors');
const types = require('internal/types');
const { runtimeEnv } = require('internal/runtime_env');

const inspectDefaults = {
  depth: 2, colors: false, showHidden: false, breakLength: 80, compact: 3,
  maxArrayLength: 100, maxStringLength: 10000, sorted: false, getters: false, showProxy: false,
  numericSeparator: false, customInspect: true,
};

const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const kObjectType = 0;
const kMinLineWidth = 16;
const kArrayExtrasType = 1;
const identifierRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const meta = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F',
];
// Characters escaped in strings: controls, C1 controls, the backslash and
// (when the string is in single quotes) the quote.
function escapeFor(code) {
  if (code < 32) return meta[code];
  if (code === 0x5c) return '\\\\';
  if (code === 0x27) return "\\'";
  return `\\x${code.toString(16).toUpperCase()}`;
}

// Whether a string can be printed in single quotes as it is (no quote,
// backslash, control character or surrogate): a loop beats a RegExp here.
function isPlainString(str) {
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 0x20 || code === 0x27 || code === 0x5c || (code >= 0x7f && code <= 0x9f) ||
        (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

// Property keys printed as-is, remembered (objects of one shape repeat them).
const keyNames = new Map();
function formatKey(key) {
  let name = keyNames.get(key);
  if (name === undefined) {
    name = identifierRe.test(key) ? key : strEscape(key);
    if (keyNames.size < 4096) keyNames.set(key, name);
  }
  return name;
}

// Node's quoting: single quotes unless the string holds one, then double
// quotes, then backticks; controls, the backslash and lone surrogates escaped.
function strEscape(str) {
  if (isPlainString(str)) return `'${str}'`;
  let quote = 0x27;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = 0x22;
    else if (!str.includes('`') && !str.includes('${')) quote = 0x60;
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if ((code === 0x27 && quote === 0x27) || code === 0x5c || code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      out += str.slice(last, i) + escapeFor(code);
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      out += `${str.slice(last, i)}\\u${code.toString(16)}`;
      last = i + 1;
    }
  }
  out += str.slice(last);
  const mark = String.fromCharCode(quote);
  return `${mark}${out}${mark}`;
}

// A number as inspect prints it (-0 kept); with numericSeparator, digits are
// grouped by threes on both sides of the point, exponent forms left alone.
function formatNumber(n, numericSeparator = false) {
  if (Object.is(n, -0)) return '-0';
  const string = String(n);
  if (!numericSeparator || !Number.isFinite(n) || string.includes('e')) return string;
  if (Math.trunc(n) === n) return addNumericSeparator(string);
  const dot = string.indexOf('.');
  return `${addNumericSeparator(string.slice(0, dot))}.${addNumericSeparatorEnd(string.slice(dot + 1))}`;
}

function formatBigInt(n, numericSeparator = false) {
  return `${numericSeparator ? addNumericSeparator(String(n)) : n}n`;
}

// "1234567" -> "1_234_567" (a leading minus sign is kept apart).
function addNumericSeparator(digits) {
  let result = '';
  let i = digits.length;
  const start = digits.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return i === digits.length ? digits : `${digits.slice(0, i)}${result}`;
}

// "1234567" -> "123_456_7": fraction digits grouped from the point.
function addNumericSeparatorEnd(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${result}${digits.slice(i)}`;
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long strings break after each newline, one quoted piece per line.
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const pieces = value.split(/(?<=\n)/);
        if (pieces.length > 1) {
          return pieces.map(strEscape).join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
        }
      }
      return strEscape(value) + trailer;
    }
    case 'number': return formatNumber(value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(value, ctx.numericSeparator);
    case 'boolean': return `${value}`;
    case 'undefined': return 'undefined';
    case 'symbol': return value.toString();
    default: return String(value);
  }
}

function getConstructorName(obj) {
  let proto = obj;
  while (proto !== null && proto !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value.name;
    }
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function formatFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && /^class(\s|\{)/.test(source)) {
    let base = `[class ${value.name || '(anonymous)'}`;
    const superclass = Object.getPrototypeOf(value);
    if (superclass && superclass.name) base += ` extends ${superclass.name}`;
    return `${base}]`;
  }
  let type = 'Function';
  if (source.startsWith('async function*') || source.startsWith('async *')) type = 'AsyncGeneratorFunction';
  else if (source.startsWith('async')) type = 'AsyncFunction';
  else if (source.startsWith('function*') || /^\*/.test(source)) type = 'GeneratorFunction';
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

// Own name/message/stack properties already shown by the stack are hidden.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// Puts the class name into the first line of "regular" stacks when the
// error's name does not say it ("Foo [Error]: ..." for class Foo).
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// The first index of a run of more than three frames shared with the
// cause's stack, and the run's length.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// Stack frames, with those repeated from the cause's stack folded.
function getStackFrames(err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing cause getter shows no folding.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        frames.splice(offset + 1, skipped, `    ... ${skipped} lines matching cause stack trace ...`);
      }
    }
  }
  return frames;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);
  // The message may itself contain "\n    at"; frames start after it.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    stack = `${stack.slice(0, stackStart)}\n${getStackFrames(err, stack.slice(stackStart + 1)).join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) stack = stack.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
  if (value === null) return 'null';
  // A Proxy is shown as "Proxy(target)" (once per level of proxying) without
  // running any of its traps; its custom inspect method still sees the proxy.
  const context = value;
  let proxies = 0;
  let proxy = binding.proxyDetails(value);
  if (proxy !== undefined) {
    if (ctx.showProxy) return proxy === null ? '<Revoked Proxy>' : formatProxy(ctx, proxy, recurseTimes);
    for (; proxy !== undefined; proxies++) {
      if (proxy === null) return wrapProxies('<Revoked Proxy>', proxies);
      value = proxy[0];
      proxy = binding.proxyDetails(value);
    }
  }
  const custom = ctx.customInspect ? value[inspect.custom] : undefined;
  // (A prototype object's own method is meant for its instances.)
  if (typeof custom === 'function' && custom !== inspect &&
      Object.getOwnPropertyDescriptor(value, 'constructor')?.value?.prototype !== value) {
    const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
    const result = custom.call(context, depth, { ...ctx, stylize: (s) => s }, inspect);
    if (result !== context) {
      if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
      return result.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
    }
  }
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return `[Circular *${index}]`;
  }
  return wrapProxies(formatRaw(ctx, value, recurseTimes, typedArray), proxies);
}

// "Proxy(Proxy(text))" for a value seen through `proxies` proxies.
function wrapProxies(text, proxies) {
  for (let i = 0; i < proxies; i++) text = `Proxy(${text})`;
  return text;
}

// "Proxy [ target, handler ]" (the showProxy option).
function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return 'Proxy [Array]';
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const entries = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, entries, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function ownKeys(value, showHidden) {
  const keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  const symbols = Object.getOwnPropertySymbols(value);
  for (const sym of symbols) {
    if (showHidden || Object.prototype.propertyIsEnumerable.call(value, sym)) keys.push(sym);
  }
  return keys;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  const constructor = getConstructorName(value);
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? Object.prototype.hasOwnProperty : Object.prototype.propertyIsEnumerable).call(value, Symbol.toStringTag))) tag = '';
  let base = '';
  let formatter = formatObjectEntries;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  // Internal slots shown after the contents as "[name]: value".
  let extraKeys;

  if (Array.isArray(value)) {
    keys = ownKeys(value, ctx.showHidden).filter((k) => typeof k !== 'string' || !/^(0|[1-9][0-9]*)$/.test(k) || Number(k) >= value.length);
    const prefix = (constructor !== 'Array' || tag !== '') ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    extrasType = kArrayExtrasType;
    formatter = formatArray;
    noIterator = false;
  } else if (types.isSet(value)) {
    keys = ownKeys(value, ctx.showHidden);
    const prefix = getPrefix(constructor, tag, 'Set', `(${setSize.call(value)})`);
    formatter = formatSet;
    if (setSize.call(value) === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
    noIterator = false;
  } else if (types.isMap(value)) {
    keys = ownKeys(value, ctx.showHidden);
    const prefix = getPrefix(constructor, tag, 'Map', `(${mapSize.call(value)})`);
    formatter = formatMap;
    if (mapSize.call(value) === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
    noIterator = false;
  } else if (types.isDataView(value)) {
    keys = ownKeys(value, ctx.showHidden);
    braces = [`${getPrefix(constructor, tag, 'DataView')}{`, '}'];
    extraKeys = ['byteLength', 'byteOffset', 'buffer'];
    noIterator = false;
  } else if (ArrayBuffer.isView(value)) {
    keys = ownKeys(value, ctx.showHidden).filter((k) => typeof k !== 'string' || !/^(0|[1-9][0-9]*)$/.test(k));
    const fallback = constructor || 'TypedArray';
    const prefix = getPrefix(constructor, tag, fallback, `(${value.length})`);
    braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    formatter = formatTypedArray;
    extrasType = kArrayExtrasType;
    noIterator = false;
    if (ctx.showHidden) {
      extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
      typedArray = true;
    }
  }
  if (noIterator) {
    keys = ownKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === 'Object' && tag === '' && !isError(value) && typeof value !== 'function' &&
        !types.isArgumentsObject(value)) {
      if (keys.length === 0) return '{}';
    } else if (typeof value === 'function') {
      base = formatFunctionBase(value, constructor, tag);
      if (keys.length === 0) return base;
    } else if (types.isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (keys.length === 0 || recurseTimes > ctx.depth) return base;
    } else if (types.isDate(value)) {
      base = Number.isNaN(value.getTime()) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0) return base;
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (types.isArgumentsObject(value)) {
      // An arguments object prints like an object of its indices.
      if (keys.length === 0) return '[Arguments] {}';
      braces[0] = '[Arguments] {';
    } else if (types.isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (types.isWeakSet(value) || types.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, types.isWeakSet(value) ? 'WeakSet' : 'WeakMap')}{`;
      formatter = () => ['<items unknown>'];
    } else if (types.isAnyArrayBuffer(value)) {
      const prefix = getPrefix(constructor, tag, types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      // As the [buffer] of a typed array: no contents.
      if (typedArray === undefined) formatter = formatArrayBuffer;
      else if (keys.length === 0) return `${prefix}{ [byteLength]: ${formatNumber(value.byteLength)} }`;
      braces[0] = `${prefix}{`;
      extraKeys = ['byteLength'];
    } else if (types.isBoxedPrimitive(value)) {
      const type = types.isNumberObject(value) ? 'Number' : types.isStringObject(value) ? 'String'
        : types.isBooleanObject(value) ? 'Boolean' : types.isSymbolObject(value) ? 'Symbol' : 'BigInt';
      const primitive = value.valueOf();
      base = `[${type}${constructor !== type ? ` (${constructor})` : ''}: ${formatPrimitive(ctx, primitive)}]`;
      if (types.isStringObject(value)) keys = keys.filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
      if (keys.length === 0) return base;
    } else {
      if (constructor === null) braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      else if (constructor !== 'Object' || tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = (constructor || tag || 'Object');
    if (Array.isArray(value)) name = 'Array';
    return `[${name}]`;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const indentationLvl = ctx.indentationLvl;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    if (extraKeys !== undefined) {
      for (const key of extraKeys) output.push(formatExtraProperty(ctx, value, recurseTimes, key, typedArray));
    }
    const descriptors = keys.length > 0 ? Object.getOwnPropertyDescriptors(value) : undefined;
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType, descriptors[keys[i]]));
    }
  } catch (err) {
    // Very deep structures end the inspection instead of the program.
    if (err instanceof RangeError && /call stack|stack overflow/i.test(err.message)) {
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      const name = (constructor || tag || 'Object');
      return `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`;
    }
    ctx.seen.pop();
    throw err;
  }
  ctx.seen.pop();
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = `<ref *${index}>`;
      if (base === '') braces[0] = `${reference} ${braces[0]}`;
      else base = `${reference} ${base}`;
    }
  }
  if (ctx.sorted) {
    // Object properties are sorted; for arrays and the like only the extra
    // (non-index) properties at the end are.
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) output.sort(comparator);
    else if (keys.length > 1) output.splice(output.length - keys.length, keys.length, ...output.slice(output.length - keys.length).sort(comparator));
  }
  const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Past 2 ** 27 characters at one indentation level, the rest is shown at
  // the least depth, as in Node, so huge graphs neither exhaust memory nor
  // block the loop.
  ctx.budget[ctx.indentationLvl] = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
  if (ctx.budget[ctx.indentationLvl] > 2 ** 27) ctx.depth = -1;
  return result;
}

// Node's isError: a native error, or anything inheriting from Error.
function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function formatObjectEntries() {
  return [];
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = Math.min(ctx.maxArrayLength, length);
  const output = [];
  let holes = 0;
  for (let i = 0; i < max; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      holes++;
      continue;
    }
    if (holes > 0) {
      output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
      holes = 0;
    }
    ctx.indentationLvl += 2;
    output.push(formatValue(ctx, value[i], recurseTimes));
    ctx.indentationLvl -= 2;
  }
  if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
  const remaining = length - max;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const max = Math.min(ctx.maxArrayLength, value.length);
  const output = [];
  for (let i = 0; i < max; i++) {
    const element = value[i];
    output.push(typeof element === 'bigint' ? formatBigInt(element, ctx.numericSeparator)
      : formatNumber(element, ctx.numericSeparator));
  }
  pushRemaining(output, value.length - max);
  return output;
}

// "[byteLength]: 4": an internal slot of a buffer or view. A detached
// DataView's getters throw; its buffer's value is shown instead.
function formatExtraProperty(ctx, value, recurseTimes, key, typedArray) {
  let slot;
  try {
    slot = value[key];
  } catch {
    slot = value.buffer[key];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, slot, recurseTimes, typedArray);
  ctx.indentationLvl -= 2;
  return `[${key}]: ${str}`;
}

// "[Uint8Contents]: <00 01 ...>" (up to maxArrayLength bytes), or
// "(detached)".
function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return ['(detached)'];
  }
  const max = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = Array.from(bytes.subarray(0, max), (b) => b.toString(16).padStart(2, '0')).join(' ');
  const remaining = bytes.length - max;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`[Uint8Contents]: <${hex}>`];
}

// "... N more items" after maxArrayLength entries of a Set or Map.
function pushRemaining(output, remaining) {
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
}

function formatSet(ctx, value, recurseTimes) {
  const max = Math.min(Math.max(0, ctx.maxArrayLength), setSize.call(value));
  const output = [];
  ctx.indentationLvl += 2;
  for (const v of Set.prototype.values.call(value)) {
    if (output.length >= max) break;
    output.push(formatValue(ctx, v, recurseTimes));
  }
  pushRemaining(output, setSize.call(value) - max);
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const max = Math.min(Math.max(0, ctx.maxArrayLength), mapSize.call(value));
  const output = [];
  ctx.indentationLvl += 2;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (output.length >= max) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  pushRemaining(output, mapSize.call(value) - max);
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const state = binding.promiseState(value);
  if (state === 0) return ['<pending>'];
  ctx.indentationLvl += 2;
  const result = formatValue(ctx, binding.promiseResult(value), recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `<rejected> ${result}` : result];
}

function formatProperty(ctx, value, recurseTimes, key, type, descriptor) {
  let name;
  let str;
  const desc = descriptor || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined || !('get' in desc || 'set' in desc)) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatGetter(ctx, value, recurseTimes, desc);
  } else if (desc.set !== undefined) {
    str = '[Setter]';
  } else {
    str = 'undefined';
  }
  if (type === kArrayExtrasType && typeof key === 'number') return str;
  if (typeof key === 'symbol') name = symbolKey(key);
  else if (key === '__proto__') name = "['__proto__']";
  else name = formatKey(key);
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}: ${str}`;
}

// A symbol property key: "Symbol(description)" with the description's
// control characters, quotes, backslashes and lone surrogates escaped.
const symbolEscapes = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function symbolKey(key) {
  return key.toString().replace(symbolEscapes, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xd800 ? `\\u${code.toString(16)}` : escapeFor(code);
  });
}

// "[Getter]", or with the getters option the value it returns (or the
// inspected value it throws).
function formatGetter(ctx, object, recurseTimes, desc) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const { getters } = ctx;
  if (!getters || !(getters === true || (getters === 'get' && desc.set === undefined) ||
      (getters === 'set' && desc.set !== undefined))) {
    return `[${label}]`;
  }
  ctx.indentationLvl += 2;
  let str;
  try {
    const result = desc.get.call(object);
    if (result === null) str = `[${label}: null]`;
    else if (typeof result === 'object' || typeof result === 'function') str = `[${label}] ${formatValue(ctx, result, recurseTimes)}`;
    else str = `[${label}: ${formatPrimitive(ctx, result)}]`;
  } catch (err) {
    str = `[${label}: <Inspection threw (${formatValue(ctx, err, recurseTimes)})>]`;
  }
  ctx.indentationLvl -= 2;
  return str;
}

function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i];
        str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        str += output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  // compact: true lines entries up after the opening brace; a long opening
  // ("Set {") or a base pushes the first entry to its own line.
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

const ObjectPrototype = Object.prototype;
const ArrayPrototype = Array.prototype;
// Whether plain objects and arrays may be laid out natively
// (binding.inspectPlain): default styling, and nothing on the two prototypes
// that would change how their instances print.
function fastPathApplies(ctx) {
  return !ctx.showHidden && !ctx.sorted && !ctx.getters && !ctx.colors && !ctx.numericSeparator && ctx.stylize === undefined &&
    typeof ctx.compact === 'number' && ObjectPrototype.constructor === Object && ArrayPrototype.constructor === Array &&
    ObjectPrototype[inspect.custom] === undefined && ArrayPrototype[inspect.custom] === undefined &&
    ObjectPrototype[Symbol.toStringTag] === undefined && ArrayPrototype[Symbol.toStringTag] === undefined;
}

function inspect(value, opts) {
  if (opts === undefined && typeof value === 'object' && value !== null && fastPathApplies(inspectDefaults)) {
    const text = binding.inspectPlain(value, inspectDefaults, ObjectPrototype, ArrayPrototype);
    if (text !== undefined) return text;
  }
  const d = inspectDefaults;
  const ctx = {
    depth: d.depth, colors: d.colors, showHidden: d.showHidden, breakLength: d.breakLength, compact: d.compact,
    maxArrayLength: d.maxArrayLength, maxStringLength: d.maxStringLength, sorted: d.sorted, getters: d.getters,
    showProxy: d.showProxy, numericSeparator: d.numericSeparator, customInspect: d.customInspect,
    seen: [], indentationLvl: 0, currentDepth: 0, circular: undefined, budget: {},
  };
  if (typeof opts === 'boolean') ctx.showHidden = opts;
  if (opts !== null && typeof opts === 'object') {
    for (const key of Object.keys(opts)) {
      if (key in inspectDefaults || key === 'stylize') ctx[key] = opts[key];
    }
  }
  if (ctx.depth === Infinity) ctx.depth = null;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  // (Without options the fast path was tried above: no second walk.)
  if (opts !== undefined && typeof value === 'object' && value !== null && fastPathApplies(ctx)) {
    const text = binding.inspectPlain(value, ctx, ObjectPrototype, ArrayPrototype);
    if (text !== undefined) return text;
  }
  return formatValue(ctx, value, 0);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
Object.defineProperty(inspect, 'defaultOptions', {
  enumerable: true,
  get() { return inspectDefaults; },
  set(options) {
    if (options === null || typeof options !== 'object') throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    Object.assign(inspectDefaults, options);
  },
});

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') tempStr = formatNumber(tempArg);
              else if (typeof tempArg === 'bigint') tempStr = `${tempArg}n`;
              else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) tempStr = String(tempArg);
              else tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') tempStr = `${tempNum}n`;
              else if (typeof tempNum === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(Number(tempNum));
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') tempStr = `${tempInteger}n`;
              else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(Number.parseInt(tempInteger));
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              tempStr = typeof tempFloat === 'symbol' ? 'NaN' : formatNumber(Number.parseFloat(tempFloat));
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function hasBuiltInToString(value) {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  if (isError(value)) return false;
  const own = Object.prototype.hasOwnProperty.call(value, 'toString');
  if (own) return false;
  let p = value;
  while (p !== null && p !== Object.prototype) {
    if (Object.prototype.hasOwnProperty.call(p, 'toString') && !(p === Array.prototype || p === Date.prototype || p === RegExp.prototype)) return false;
    p = Object.getPrototypeOf(p);
  }
  return true;
}

function tryStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (err instanceof TypeError && /circular/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return fn;
  }
  const argumentNames = original[require('internal/promisify').kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, ...values) => {
        if (err) reject(err);
        else if (argumentNames) resolve(Object.fromEntries(argumentNames.map((name, i) => [name, values[i]])));
        else resolve(values[0]);
      });
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    const bound = callback.bind(this);
    original.apply(this, args).then(
      (value) => process.nextTick(bound, null, value),
      (reason) => process.nextTick(callbackifyOnRejected, reason, bound));
  }
  // Same properties as the original, with one more argument and a new name.
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function callbackifyOnRejected(reason, callback) {
  if (!reason) {
    const err = new Error('Promise was rejected with falsy value');
    err.code = 'ERR_FALSY_VALUE_REJECTION';
    err.reason = reason;
    reason = err;
  }
  return callback(reason);
}

const deprecationCodesWarned = new Set();
function deprecate(fn, message, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(message, 'DeprecationWarning', deprecated);
      } else if (!deprecationCodesWarned.has(code)) {
        deprecationCodesWarned.add(code);
        process.emitWarning(message, 'DeprecationWarning', code, deprecated);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  }
  // The wrapper keeps fn's prototype chain, and instances of either are
  // instances of both.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// inspect.colors: ANSI [open, close] codes by style name (aliases hidden).
const colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25], inverse: [7, 27],
  hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39], bgBlack: [40, 49],
  bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49],
  bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
  whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});
const colorAliases = {
  grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray', faint: 'dim', crossedout: 'strikethrough',
  strikeThrough: 'strikethrough', crossedOut: 'strikethrough', conceal: 'hidden', swapColors: 'inverse',
  swapcolors: 'inverse', doubleUnderline: 'doubleunderline',
};
for (const [alias, name] of Object.entries(colorAliases)) {
  Object.defineProperty(colors, alias, {
    get() { return this[name]; },
    set(value) { this[name] = value; },
    configurable: true,
  });
}
inspect.colors = colors;
inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
  string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

// Whether `stream` shows colours: FORCE_COLOR decides when set, else a
// terminal does unless NO_COLOR, NODE_DISABLE_COLORS or TERM=dumb says no.
function shouldColorize(stream) {
  const force = runtimeEnv('FORCE_COLOR');
  if (force !== undefined) return ['', '1', 'true', '2', '3'].includes(force);
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return !runtimeEnv('NO_COLOR') && !runtimeEnv('NODE_DISABLE_COLORS') && runtimeEnv('TERM') !== 'dumb';
}

const hexColor = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
// The open and close codes of one styleText format: a colour name or
// alias, or '#RGB' / '#RRGGBB' (24-bit foreground). Bold and dim share a
// close code, so text that closes one keeps the close and re-opens.
function styleCodes(key) {
  if (typeof key === 'string' && key[0] === '#') {
    if (!hexColor.test(key)) throw codes.ERR_INVALID_ARG_VALUE('format', key, 'must be a valid hex color (#RGB or #RRGGBB)');
    const hex = key.length === 4 ? key.slice(1).replace(/./g, '$&$&') : key.slice(1);
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return { open: `\u001b[38;2;${r};${g};${b}m`, close: '\u001b[39m', keepClose: false };
  }
  const pair = typeof key === 'string' ? colors[key] : undefined;
  if (pair === undefined) {
    const allowed = Object.getOwnPropertyNames(colors).map((k) => `'${k}'`).join(', ');
    throw codes.ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed}`);
  }
  return { open: `\u001b[${pair[0]}m`, close: `\u001b[${pair[1]}m`, keepClose: pair[0] === 1 || pair[0] === 2 };
}

// util.styleText(format, text[, { validateStream, stream }]): `text` in the
// styles of `format` (one or a list; 'none' adds nothing); a close code
// inside `text` re-opens the style so nesting works. Plain text when
// validateStream is on (the default) and the stream shows no colours.
function styleText(format, text, options) {
  validateString(text, 'text');
  if (options !== undefined) validateObject(options, 'options');
  const validateStream = options?.validateStream ?? true;
  if (typeof validateStream !== 'boolean') {
    throw codes.ERR_INVALID_ARG_TYPE('options.validateStream', 'boolean', validateStream);
  }
  let colorize = true;
  if (validateStream) {
    const stream = options?.stream ?? process.stdout;
    const streams = require('internal/streams/utils');
    if (!streams.isNodeStream(stream) && !streams.isReadableStream(stream) && !streams.isWritableStream(stream)) {
      throw codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    colorize = shouldColorize(stream);
  }
  let open = '';
  let close = '';
  let body = text;
  for (const key of Array.isArray(format) ? format : [format]) {
    if (key === 'none') continue;
    const style = styleCodes(key);
    open += style.open;
    close = style.close + close;
    body = reopenAfterClose(body, style);
  }
  return colorize ? `${open}${body}${close}` : text;
}

// Each close code of `style` inside `text` (but one ending it) followed by
// its open code again (replacing the close, unless it is shared).
function reopenAfterClose(text, style) {
  const replacement = style.keepClose ? style.close + style.open : style.open;
  let result = '';
  let last = 0;
  let index = text.indexOf(style.close);
  while (index !== -1 && index + style.close.length < text.length) {
    result += text.slice(last, index) + replacement;
    last = index + style.close.length;
    index = text.indexOf(style.close, last);
  }
  return result + text.slice(last);
}

// ANSI escape sequences as Node (and the ansi-regex package) match them:
// OSC strings (titles, links) ended by BEL, ESC-backslash or ST, and CSI/ESC
// sequences with their parameters.
const vtControlSequences = new RegExp(
  '(?:\\u001B\\][\\s\\S]*?(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|[\\u001B\\u009B][[\\]()#;?]*(?:\\d{1,4}(?:[;:]\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]', 'g');
function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(vtControlSequences, '');
}

function toUSVString(value) {
  return `${value}`.toWellFormed();
}

const errno = require('internal/errno');
function getSystemErrorMap() {
  return new Map(errno.table.map(([number, name, message]) => [number, [name, message]]));
}

// Column `column` (1: code, 2: message) of a negative errno's table row.
function systemErrorField(err, column) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = errno.lookup(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[column];
}

/** util.getSystemErrorName(-2) === 'ENOENT'. */
function getSystemErrorName(err) {
  return systemErrorField(err, 1);
}

/** util.getSystemErrorMessage(-2) === 'no such file or directory'. */
function getSystemErrorMessage(err) {
  return systemErrorField(err, 2);
}

// debuglog(section): a logger enabled by NODE_DEBUG=section[,other*].
function debuglog(section, callback) {
  const name = `${section}`.toUpperCase();
  const pattern = (runtimeEnv('NODE_DEBUG') || '').split(/[\s,]+/).filter(Boolean)
    .map((s) => s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').toUpperCase());
  const enabled = pattern.some((p) => new RegExp(`^${p}$`).test(name));
  const logger = enabled
    ? (...args) => binding.writeStderr(`${name} ${process.pid}: ${format(...args)}\n`)
    : () => {};
  if (typeof callback === 'function') callback(logger);
  Object.defineProperty(logger, 'enabled', { get: () => enabled, configurable: true, enumerable: true });
  return logger;
}

// util.aborted(signal, resource): resolves once the signal aborts.
async function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || !(signal instanceof AbortSignal)) {
    throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw codes.ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return;
  await new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

module.exports = {
  format, formatWithOptions, inspect, inherits, promisify, callbackify, deprecate,
  isDeepStrictEqual: require('internal/comparisons').isDeepStrictEqual,
  types,
  // Node 26 keeps only these two of the old helpers, deprecated.
  isArray: deprecate(Array.isArray, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  _extend: deprecate(extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  aborted, debuglog, debug: debuglog, getSystemErrorMap, getSystemErrorMessage, getSystemErrorName, stripVTControlCharacters, styleText,
  toUSVString,
  parseArgs: undefined,
  TextEncoder: undefined,
  TextDecoder: undefined,
};
// parseArgs and util.TextEncoder/TextDecoder load on first use.
Object.defineProperty(module.exports, 'parseArgs', {
  enumerable: true, get: () => require('internal/parse_args').parseArgs,
});
for (const name of ['TextEncoder', 'TextDecoder']) {
  Object.defineProperty(module.exports, name, { enumerable: true, get: () => require('internal/encoding')[name] });
}
// util.MIMEType and util.MIMEParams load on first use.
for (const name of ['MIMEType', 'MIMEParams']) {
  Object.defineProperty(module.exports, name, { enumerable: true, get: () => require('internal/mime')[name] });
}
module.exports.parseEnv = require('internal/dotenv').parseEnv;
module.exports.getCallSites = require('internal/call_sites').getCallSites;
module.exports.transferableAbortSignal = require('internal/abort').transferableAbortSignal;
module.exports.transferableAbortController = require('internal/abort').transferableAbortController;

/** Throws unless `value` is a string or an array of strings (util.diff's inputs). */
function validateDiffInput(value, name) {
  if (!Array.isArray(value)) return validateString(value, name);
  value.forEach((item, i) => validateString(item, `${name}[${i}]`));
}

/**
 * util.diff: the edit script from `expected` to `actual` (strings, or
 * arrays of lines) as [operation, item] pairs in order: 1 inserted (in
 * `actual` only), -1 deleted (in `expected` only), 0 kept.
 */
function diff(actual, expected) {
  if (actual === expected) return [];
  validateDiffInput(actual, 'actual');
  validateDiffInput(expected, 'expected');
  return require('internal/myers_diff').myersDiff(actual, expected).reverse();
}

/** The exit code of a process that `signalCode` ('SIGTERM'...) ended: 128 + its number. */
function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('internal/os_constants').constants;
  if (typeof signalCode !== 'string' || !Object.hasOwn(signals, signalCode)) {
    const names = Object.keys(signals).map((name) => `'${name}'`).join(', ');
    throw codes.ERR_INVALID_ARG_VALUE('signalCode', signalCode, `must be one of: ${names}`);
  }
  return 128 + signals[signalCode];
}
module.exports.diff = diff;
module.exports.convertProcessSignalToExitCode = convertProcessSignalToExitCode;
