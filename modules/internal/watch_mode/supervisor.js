'use strict';
// `bistro --watch FILE [args]` (and --watch-path, --watch-preserve-output,
// --watch-kill-signal), as node --watch: FILE runs in a child bistro with
// the same runtime flags; when a file it loaded changes (or anything
// under a --watch-path), the screen is cleared, the child is stopped and
// a new one started. A child that ends, well or badly, keeps being
// watched and the supervisor says so. SIGINT and SIGTERM stop the child
// first, then the supervisor, with the child's exit code.

const { spawn } = require('child_process');
const { inspect } = require('util');
const path = require('path');
const { once } = require('events');
const { setTimeout, clearTimeout } = require('timers');
const { convertToValidSignal } = require('internal/signals');
const { WatchedFiles } = require('internal/watch_mode/files');

// Options that are the supervisor's own and must not reach the child.
const ownFlags = new Set(['--watch', '--watch-path']);
const ownFlagsWithValue = new Set(['--watch-path', '--watch-kill-signal']);

/** `execArgv` without --watch and --watch-path (and its value). */
function childFlags(execArgv) {
  const flags = [];
  for (let i = 0; i < execArgv.length; i++) {
    const name = execArgv[i].split('=', 1)[0];
    if (ownFlags.has(name)) {
      if (ownFlagsWithValue.has(name) && !execArgv[i].includes('=')) i++;
      continue;
    }
    flags.push(execArgv[i]);
  }
  return flags;
}

/** NODE_OPTIONS without the watch options, so the child does not watch. */
function childNodeOptions(value) {
  if (value === undefined) return undefined;
  const words = splitNodeOptions(value);
  const kept = [];
  for (let i = 0; i < words.length; i++) {
    const name = words[i].split('=', 1)[0];
    if (name === '--watch' || name === '--watch-preserve-output') continue;
    if (ownFlagsWithValue.has(name)) {
      if (!words[i].includes('=')) i++;
      continue;
    }
    kept.push(/[\s"]/.test(words[i]) ? `"${words[i].replace(/[\\"]/g, '\\$&')}"` : words[i]);
  }
  return kept.join(' ');
}

/** NODE_OPTIONS split as the command line reads it: on white space, with
 * double quotes grouping and backslash escaping inside them. */
function splitNodeOptions(value) {
  const words = [];
  let word;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '"') {
      word ??= '';
      for (i++; i < value.length && value[i] !== '"'; i++) word += value[i] === '\\' ? value[++i] ?? '' : value[i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Whether the messages get colours, as Node decides for stderr. */
function useColors() {
  const { FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, TERM } = process.env;
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  if (NO_COLOR !== undefined || NODE_DISABLE_COLORS !== undefined || TERM === 'dumb') return false;
  return process.stderr.isTTY === true;
}

function supervise(options) {
  const killSignal = convertToValidSignal(options.killSignal);
  const colors = useColors();
  const paint = (code) => (colors ? `\x1b[${code}m` : '');
  const [blue, green, red, white] = [paint(34), paint(32), paint(31), paint(39)];
  const clear = colors ? '\x1bc' : '';
  const say = (text) => process.stdout.write(`${text}${white}\n`);

  const command = process.argv.slice(1);
  const commandText = inspect(command.join(' '));
  const args = [...childFlags(process.execArgv), ...command];
  const everything = options.paths.length > 0;
  const env = { ...process.env, WATCH_REPORT_DEPENDENCIES: '1' };
  const nodeOptions = childNodeOptions(process.env.NODE_OPTIONS);
  if (nodeOptions !== undefined) env.NODE_OPTIONS = nodeOptions;

  const files = new WatchedFiles({ everything });
  for (const watched of options.paths) files.watchPath(path.resolve(watched));

  let child;
  let exit; // the promise of the current child's exit code
  let stopping = false;
  let restarting = false;

  function start() {
    stopping = false;
    child = spawn(process.execPath, args, { stdio: everything ? 'inherit' : ['inherit', 'inherit', 'inherit', 'ipc'], env });
    if (!everything) {
      files.followChild(child);
      // The entry counts even when the child cannot report (a sandbox
      // without NODE_CHANNEL_FD, a syntax error before any require).
      files.addFile(path.resolve(command[0]), { allowMissing: true });
    }
    for (const file of options.envFiles) files.addFile(path.resolve(file), { allowMissing: true });
    const started = child;
    // Done once it exited and, with a channel, every report it sent has
    // been read (the channel closes after them), so no file it loaded is
    // missed by an edit made right after the message below.
    const channelClosed = started.connected ? once(started, 'disconnect') : undefined;
    exit = Promise.all([once(started, 'exit'), channelClosed]).then(([[code]]) => {
      if (!stopping) {
        const outcome = code === 0 ? `${blue}Completed` : `${red}Failed`;
        say(`${outcome} running ${commandText}. Waiting for file changes before restarting...`);
      }
      return code;
    });
  }

  // Stops the current child (if still running) and waits for its exit code.
  async function stop(signal) {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exit;
  }

  files.on('changed', async ({ trigger }) => {
    if (restarting) return;
    restarting = true;
    try {
      if (!options.preserveOutput) process.stdout.write(clear);
      say(`${blue}Change detected in ${inspect(trigger)}`);
      say(`${green}Restarting ${commandText}`);
      files.clearFiles();
      let slow = false;
      const grace = setTimeout(() => {
        slow = true;
        say(`${blue}Waiting for graceful termination...`);
      }, 500).unref();
      await stop(killSignal);
      clearTimeout(grace);
      if (slow) {
        if (!options.preserveOutput) process.stdout.write(clear);
        say(`${green}Gracefully restarted ${commandText}`);
      }
      start();
    } finally {
      restarting = false;
    }
  });
  files.on('error', (err) => {
    files.close();
    throw err;
  });

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      files.close();
      const code = await stop(signal);
      process.exit(code ?? 0);
    });
  }
  // No child outlives the supervisor, however it ends.
  process.on('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  start();
}

module.exports = { supervise };
