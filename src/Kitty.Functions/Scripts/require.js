// Evaluates to a factory (host) => require: CommonJS over the runtime's installed packages. host.resolveModule
// (request, parentPath) and host.readModule(path) answer JSON ({ path } / { source } or { error }); resolution,
// confinement and the refusal of Node built-ins are the host's. Modules are cached here, so once per engine.
(function (host) {
  'use strict';
  const parse = JSON.parse;
  const evaluate = eval;
  const cache = new Map();

  const fail = (message) => {
    const error = new Error(message);
    error.code = 'MODULE_NOT_FOUND';
    return error;
  };

  const ask = (json) => {
    const answer = parse(json);
    if (answer.error !== undefined) throw fail(answer.error);
    return answer;
  };

  const directoryOf = (path) => path.slice(0, path.lastIndexOf('/')) || '/';

  // Indirect eval: module code runs in the global scope, sloppy unless it says otherwise, as under Node. A shebang
  // line (CLI packages have one) is commented out rather than removed, so line numbers stay right.
  const compile = (path, source) => evaluate(
    '(function (exports, require, module, __filename, __dirname) {' + (source.startsWith('#!') ? '//' + source : source) +
    '\n})\n//# sourceURL=' + path);

  const load = (path) => {
    const cached = cache.get(path);
    if (cached !== undefined) return cached.exports;

    const module = { id: path, filename: path, exports: {}, loaded: false };
    const { source } = ask(host.readModule(path));
    // Cached before it runs, so a require cycle sees the partial exports, as in Node.
    cache.set(path, module);
    try {
      if (path.endsWith('.json')) {
        module.exports = parse(source);
      } else {
        const require = requireFrom(path);
        module.require = require;
        compile(path, source).call(module.exports, module.exports, require, module, path, directoryOf(path));
      }
    } catch (error) {
      cache.delete(path);
      throw error;
    }
    module.loaded = true;
    return module.exports;
  };

  const requireFrom = (parent) => {
    const resolve = (request) => {
      if (typeof request !== 'string') throw new TypeError('The module name must be a string.');
      return ask(host.resolveModule(request, parent)).path;
    };
    const require = (request) => load(resolve(request));
    require.resolve = resolve;
    return require;
  };

  return requireFrom(null);
})
