// Evaluated first in every fresh V8 context. Returns setup(bridge, envJson, maxLogLength), which installs
// console, process.env, module/exports and returns run(eventJson). The host bridge stays in this closure:
// user code only ever sees the JavaScript functions built on it.
(function (bridge, envJson, maxLogLength) {
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

  const api = (name) => new Proxy(Object.freeze({}), {
    get(target, method) {
      // Not thenable: `await context.getUserApi()` must not call the host.
      if (typeof method !== 'string' || method === 'then') return undefined;
      return async (...args) => {
        const json = await bridge.invoke(name, method, stringify(args));
        return { data: json == null ? null : parse(json) };
      };
    },
  });

  const context = Object.freeze({
    getApplicationApi: () => api('application'),
    getChannelApi: () => api('channel'),
    getMessageApi: () => api('message'),
    getUserApi: () => api('user'),
    getUserSessionApi: () => api('userSession'),
  });

  const module = { exports: {} };
  const define = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  define('console', Object.freeze({
    log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('log'),
  }));
  define('process', Object.freeze({ env: Object.freeze(parse(envJson)) }));
  define('module', module);
  define('exports', module.exports);

  const findHandler = () => {
    if (typeof handleEvent === 'function') return handleEvent;
    const exported = module.exports;
    if (typeof exported === 'function') return exported;
    if (exported && typeof exported.handleEvent === 'function') return exported.handleEvent;
    return undefined;
  };

  return async function run(eventJson) {
    const handler = findHandler();
    if (handler === undefined) {
      throw new Error('The script does not define handleEvent(event, context).');
    }
    const result = stringify(await handler(parse(eventJson), context));
    return result === undefined ? 'null' : result;
  };
})
