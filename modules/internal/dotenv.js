'use strict';
// util.parseEnv and process.loadEnvFile: the contents of a .env file, read
// by the process plugin's parser — the one `--env-file` uses, so the three
// agree on Node's format (KEY=value lines, '#' comments, 'export '
// prefixes, '', "" (with \n expanded) and `` values that may span lines).

const { validateString } = require('internal/errors');

/** Parses .env `content` into a null-prototype object (keys sorted). */
function parseEnv(content) {
  validateString(content, 'content');
  const result = { __proto__: null };
  for (const [key, value] of binding.ops.process.parse_env(content)) result[key] = value;
  return result;
}

module.exports = { parseEnv };
