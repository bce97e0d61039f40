'use strict';
// util.parseArgs: command-line options as Node 20 parses them. Arguments
// become tokens (options, positionals, the `--` terminator) first; strict
// mode then checks each option against its declaration.

const { codes, makeError, validateObject, validateString } = require('internal/errors');

const own = (object, key) => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);
const optionOwn = (options, name, key) => (Object.prototype.hasOwnProperty.call(options, name) ? own(options[name], key) : undefined);

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateArrayOf(check, value, name) {
  if (!Array.isArray(value)) throw codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  value.forEach((item, i) => check(item, `${name}[${i}]`));
}

function parseError(code, message) {
  return makeError(TypeError, code, message);
}

// Arguments after the executable and script (after the executable alone
// for -e/-p).
function mainArgs() {
  const evaluating = ['-e', '--eval', '-p', '--print'].some((flag) => process.execArgv.includes(flag));
  return process.argv.slice(evaluating ? 1 : 2);
}

function validateConfig(options) {
  validateObject(options, 'options');
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = own(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw codes.ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (Object.prototype.hasOwnProperty.call(config, 'short')) {
      validateString(config.short, `options.${name}.short`);
      if (config.short.length !== 1) {
        throw codes.ERR_INVALID_ARG_VALUE(`options.${name}.short`, config.short, 'must be a single character');
      }
    }
    const multiple = own(config, 'multiple');
    if (Object.prototype.hasOwnProperty.call(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const fallback = own(config, 'default');
    if (fallback !== undefined) {
      const check = type === 'string' ? validateString : validateBoolean;
      if (multiple) validateArrayOf(check, fallback, `options.${name}.default`);
      else check(fallback, `options.${name}.default`);
    }
  }
}

function longNameOf(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (own(config, 'short') === short) return name;
  }
  return short;
}

const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const startsShortGroup = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
const isOptionLike = (value) => value != null && value.length > 1 && value[0] === '-';

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  let grouped = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (grouped > 0) grouped--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShort(arg) || isLoneLong(arg)) {
      const name = isLoneShort(arg) ? longNameOf(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      if (optionOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (startsShortGroup(arg)) {
      const name = longNameOf(arg[1], options);
      if (optionOwn(options, name, 'type') === 'string') {
        // -fVALUE
        tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      } else {
        // -abc is -a -b -c; a string option inside takes the rest as its value.
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const type = optionOwn(options, longNameOf(arg[i], options), 'type');
          if (type !== 'string' || i === arg.length - 1) {
            expanded.push(`-${arg[i]}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        remaining.unshift(...expanded);
        grouped = expanded.length;
      }
      continue;
    }
    if (isLongWithValue(arg)) {
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOption(options, token, allowPositionals) {
  if (!Object.prototype.hasOwnProperty.call(options, token.name)) {
    const hint = allowPositionals
      ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}`
      : '';
    throw parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${token.rawName}'${hint}`);
  }
  const short = optionOwn(options, token.name, 'short');
  const names = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionOwn(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${names} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${names}' does not take an argument`);
  }
  if (!token.inlineValue && isOptionLike(token.value)) {
    const example = token.rawName.startsWith('--')
      ? `'${token.rawName}=-XYZ'`
      : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(values, options, name, value) {
  if (name === '__proto__') return;
  if (optionOwn(options, name, 'multiple')) {
    if (values[name]) values[name].push(value);
    else values[name] = [value];
  } else {
    values[name] = value;
  }
}

function parseArgs(config = {}) {
  const args = own(config, 'args') ?? mainArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? Object.create(null);
  validateArrayOf(() => {}, args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateConfig(options);

  const tokens = tokenize(args, options);
  const result = { values: Object.create(null), positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      let value = token.value ?? true;
      if (allowNegative && token.name.startsWith('no-')) {
        token.name = token.name.slice(3);
        value = false;
      }
      if (strict) checkOption(options, token, allowPositionals);
      store(result.values, options, token.name, value);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const fallback = own(optionConfig, 'default');
    if (fallback !== undefined && result.values[name] === undefined && name !== '__proto__') result.values[name] = fallback;
  }
  return result;
}

module.exports = { parseArgs };
