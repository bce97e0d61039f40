'use strict';
// The `navigator` global (WinterCG's subset of the browser's): the CPU
// count, the locale, the user agent ("bistro/VERSION") and the platform as
// browsers spell it.

const { codes } = require('internal/errors');
const { runtimeEnv } = require('internal/runtime_env');

const kCreate = Symbol('kCreate');

// Browser platform strings, as Node reports them.
function platformName(platform, arch) {
  const names = {
    darwin: () => 'MacIntel',
    win32: () => 'Win32',
    linux: () => ({ ia32: 'Linux i686', x64: 'Linux x86_64' }[arch] || `Linux ${arch}`),
    freebsd: () => ({ ia32: 'FreeBSD i386', x64: 'FreeBSD amd64' }[arch] || `FreeBSD ${arch}`),
    openbsd: () => ({ ia32: 'OpenBSD i386', x64: 'OpenBSD amd64' }[arch] || `OpenBSD ${arch}`),
    sunos: () => (arch === 'ia32' ? 'SunOS i86pc' : `SunOS ${arch}`),
    aix: () => 'AIX',
  };
  const name = names[platform];
  return name ? name() : `${platform[0].toUpperCase()}${platform.slice(1)} ${arch}`;
}

// The default locale from the environment (LC_ALL, LC_MESSAGES, LANG) as a
// BCP 47 tag: "de_DE.UTF-8" is "de-DE"; C, POSIX or nothing is "en-US".
function defaultLocale() {
  const setting = runtimeEnv('LC_ALL') || runtimeEnv('LC_MESSAGES') || runtimeEnv('LANG') || '';
  const tag = setting.replace(/[.@].*$/, '').replace(/_/g, '-');
  return tag === '' || tag === 'C' || tag === 'POSIX' ? 'en-US' : tag;
}

class Navigator {
  #languages;

  constructor(key = undefined) {
    if (key !== kCreate) throw codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    return require('os').availableParallelism();
  }

  get language() {
    return defaultLocale();
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    return `bistro/${process.versions.bistro}`;
  }

  get platform() {
    return platformName(process.platform, process.arch);
  }
}
for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, { enumerable: true });
}

const navigator = new Navigator(kCreate);

module.exports = { Navigator, navigator };
