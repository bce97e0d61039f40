'use strict';
// node:test's default reporter ("spec"): a Transform from test events to
// the text Node prints — one line per test (✔ passed, ✖ failed, ﹣ skipped),
// suites as "▶ name" headers, diagnostics as "ℹ ...", and at the end the
// failing tests again with their errors.

const { Transform } = require('internal/streams/transform');
const path = require('path');
const { kinds } = require('internal/test_runner/utils');

const symbols = {
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'test:log': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
  'warning:alert': '\u26A0 ',
};

// Colors as Node chooses them: FORCE_COLOR decides, else whether stdout is
// a terminal.
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return !!(stream && stream.isTTY);
}

function palette(enabled) {
  const code = (n) => (enabled ? `\u001b[${n}m` : '');
  return { red: code(31), green: code(32), yellow: code(33), blue: code(34), gray: code(90), white: code(39) };
}

function indent(nesting) {
  return '  '.repeat(nesting);
}

// The error of a failed test as util.inspect shows it, indented under it.
function formatError(error, prefix, colors) {
  const err = error && error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  const { inspect } = require('util');
  const options = { colors, breakLength: Infinity };
  let text;
  try {
    text = inspect(err, options);
  } catch {
    text = inspect(err, { ...options, customInspect: false });
  }
  return `\n${prefix}  ${text.split(/\r?\n/).join(`\n${prefix}  `)}\n`;
}

/** The spec reporter: test events in, lines of text out. */
class SpecReporter extends Transform {
  #stack = [];
  #failed = [];
  #cwd = process.cwd();
  #colorize;
  #colors;

  constructor(colorize = shouldColorize(process.stdout)) {
    super({ writableObjectMode: true });
    this.#colorize = colorize;
    this.#colors = palette(colorize);
  }

  #formatTest(type, data, showError, prefix, indentation) {
    const c = this.#colors;
    let color = type === 'test:fail' ? c.red : type === 'test:pass' ? c.green : c.white;
    let symbol = symbols[type] || ' ';
    const { skip, todo, expectFailure } = data;
    const duration = data.details && data.details.duration_ms ? ` ${c.gray}(${data.details.duration_ms}ms)${c.white}` : '';
    let title = `${data.name}${duration}`;
    if (skip !== undefined) {
      title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
      color = c.gray;
      symbol = symbols['hyphen:minus'];
    } else if (todo !== undefined) {
      title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
      if (type === 'test:fail') {
        color = c.yellow;
        symbol = symbols['warning:alert'];
      }
    } else if (expectFailure !== undefined) {
      title += ' # EXPECTED FAILURE';
    }
    const error = showError && data.details && data.details.error ? formatError(data.details.error, indentation, this.#colorize) : '';
    return `${prefix}${indentation}${color}${symbol}${title}${c.white}${error}`;
  }

  #reportTest(type, data) {
    this.#stack.shift();
    let prefix = '';
    // Suites and parents are announced by the first test that reports in them.
    while (this.#stack.length > 0) {
      const parent = this.#stack.pop();
      prefix += `${indent(parent.nesting)}${symbols['arrow:right']}${parent.name}\n`;
    }
    return `${this.#formatTest(type, data, false, prefix, indent(data.nesting))}\n`;
  }

  #failingTests() {
    if (this.#failed.length === 0) return '';
    const c = this.#colors;
    const lines = [`\n${c.red}${symbols['test:fail']}failing tests:${c.white}\n`];
    for (const data of this.#failed) {
      if (data.file) lines.push(`test at ${path.relative(this.#cwd, data.file)}:${data.line}:${data.column}`);
      lines.push(this.#formatTest('test:fail', data, true, '', ''));
    }
    this.#failed = [];
    return lines.join('\n');
  }

  #handle(type, data) {
    switch (type) {
      case 'test:fail':
        if (!data.details || !data.details.error || data.details.error.failureType !== kinds.subtestsFailed) {
          this.#failed.push(data);
        }
        return this.#reportTest(type, data);
      case 'test:pass':
        return this.#reportTest(type, data);
      case 'test:start':
        this.#stack.unshift(data);
        return undefined;
      case 'test:diagnostic':
      case 'test:log': {
        const c = this.#colors;
        const color = data.level === 'warn' ? c.yellow : data.level === 'error' ? c.red : c.blue;
        return `${color}${indent(data.nesting)}${symbols[type]}${data.message}${c.white}\n`;
      }
      case 'test:summary':
        return data.file === undefined ? this.#failingTests() : undefined;
      default:
        return undefined;
    }
  }

  _transform({ type, data }, encoding, callback) {
    callback(null, this.#handle(type, data));
  }

  _flush(callback) {
    callback(null, this.#failingTests());
  }
}

module.exports = { SpecReporter };
