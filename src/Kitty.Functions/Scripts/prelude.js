// Evaluated once when an engine starts. Returns setup(bridge, envJson, maxLogLength, requireFactory, fetchFactory),
// which installs console, process.env, require and fetch and returns the engine's loader { load, has, run }. The host
// bridge stays in this closure: user code only ever sees the JavaScript functions built on it (the factories get
// adapters that reach only their own bridge members).
//
// An engine serves one invocation at a time but many over its life (a warm engine, as a warm Node process would):
// each function version is evaluated once, in its own function scope, and its handler is kept. Host calls carry the
// id of the invocation that made them, so a promise left running by an earlier invocation cannot act for a later one.
(function (bridge, envJson, maxLogLength, requireFactory, fetchFactory) {
  'use strict';
  const parse = JSON.parse;
  const stringify = JSON.stringify;

  const format = (value) => {
    if (typeof value === 'string') return value;
    try {
      const text = stringify(value);
      return text === undefined ? String(value) : text;
    } catch {
      return String(value);
    }
  };

  const write = (level) => (...args) => {
    let text = args.map(format).join(' ');
    if (text.length > maxLogLength) text = text.slice(0, maxLogLength);
    bridge.log(level, text);
  };

  const api = (name, invocation) => new Proxy(Object.freeze({}), {
    get(target, method) {
      // Not thenable: `await context.getUserApi()` must not call the host.
      if (typeof method !== 'string' || method === 'then') return undefined;
      return async (...args) => {
        const json = await bridge.invoke(invocation, name, method, stringify(args));
        return { data: json == null ? null : parse(json) };
      };
    },
  });

  const contextFor = (invocation) => Object.freeze({
    getApplicationApi: () => api('application', invocation),
    getChannelApi: () => api('channel', invocation),
    getMessageApi: () => api('message', invocation),
    getUserApi: () => api('user', invocation),
    getUserSessionApi: () => api('userSession', invocation),
  });

  const define = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  define('console', Object.freeze({
    log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('log'),
  }));
  define('process', Object.freeze({ env: Object.freeze(parse(envJson)) }));
  // One require per engine, so installed modules are evaluated once per engine and cached like in a Node process.
  define('require', requireFactory(Object.freeze({
    resolveModule: (request, parent) => bridge.resolveModule(request, parent),
    readModule: (path) => bridge.readModule(path),
  })));
  define('fetch', fetchFactory(Object.freeze({
    fetch: (url, method, headersJson, body) => bridge.fetch(url, method, headersJson, body),
  })));

  const findHandler = (declared, exported) => {
    if (typeof declared === 'function') return declared;
    if (typeof exported === 'function') return exported;
    if (exported && typeof exported.handleEvent === 'function') return exported.handleEvent;
    // `export default async function (event, context) {...}` compiled to CommonJS.
    if (exported && typeof exported.default === 'function') return exported.default;
    return undefined;
  };

  const handlers = new Map();

  return Object.freeze({
    // factory: the version's script wrapped as function (module, exports) { ...; return handleEvent }.
    load(key, factory) {
      const module = { exports: {} };
      const declared = factory(module, module.exports);
      handlers.set(key, findHandler(declared, module.exports));
    },
    has: (key) => handlers.has(key),
    async run(key, invocation, eventJson) {
      const handler = handlers.get(key);
      if (handler === undefined) {
        throw new Error('The script does not define handleEvent(event, context).');
      }
      const result = stringify(await handler(parse(eventJson), contextFor(invocation)));
      return result === undefined ? 'null' : result;
    },
  });
})
