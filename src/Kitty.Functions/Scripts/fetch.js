// Evaluates to a factory (host) => fetch: a WHATWG-style fetch for string bodies. host.fetch(url, method,
// headersJson, body) resolves to JSON: { status, statusText, url, headers: [[name, value]], body } or { error },
// which rejects as a TypeError like a browser's network error.
(function (host) {
  'use strict';
  const parse = JSON.parse;
  const stringify = JSON.stringify;

  const pairsOf = (init) => {
    if (init === undefined || init === null) return [];
    if (init instanceof Headers) return [...init];
    if (typeof init[Symbol.iterator] === 'function') return [...init].map(([name, value]) => [String(name), String(value)]);
    return Object.keys(init).map((name) => [name, String(init[name])]);
  };

  class Headers {
    #map = new Map();

    constructor(init) {
      for (const [name, value] of pairsOf(init)) this.append(name, value);
    }

    append(name, value) {
      const key = String(name).toLowerCase();
      const existing = this.#map.get(key);
      this.#map.set(key, existing === undefined ? String(value) : existing + ', ' + value);
    }

    set(name, value) { this.#map.set(String(name).toLowerCase(), String(value)); }
    get(name) { const value = this.#map.get(String(name).toLowerCase()); return value === undefined ? null : value; }
    has(name) { return this.#map.has(String(name).toLowerCase()); }
    delete(name) { this.#map.delete(String(name).toLowerCase()); }
    forEach(callback, thisArg) { for (const [name, value] of this) callback.call(thisArg, value, name, this); }
    keys() { return [...this].map(([name]) => name)[Symbol.iterator](); }
    values() { return [...this].map(([, value]) => value)[Symbol.iterator](); }
    entries() { return this[Symbol.iterator](); }
    [Symbol.iterator]() { return [...this.#map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator](); }
  }

  class Response {
    #body;
    #used = false;

    constructor(answer) {
      this.status = answer.status;
      this.statusText = answer.statusText;
      this.ok = answer.status >= 200 && answer.status <= 299;
      this.url = answer.url;
      this.headers = new Headers(answer.headers);
      this.#body = answer.body;
    }

    get bodyUsed() { return this.#used; }

    async text() {
      if (this.#used) throw new TypeError('The response body has already been read.');
      this.#used = true;
      return this.#body;
    }

    async json() { return parse(await this.text()); }
  }

  return async function fetch(input, init) {
    const options = init || {};
    const url = typeof input === 'string' ? input : input && typeof input.url === 'string' ? input.url : String(input);
    const method = String(options.method || 'GET').toUpperCase();
    const body = options.body === undefined || options.body === null ? null : options.body;
    if (body !== null && typeof body !== 'string') throw new TypeError('fetch in chat functions only sends string bodies.');
    if (body !== null && (method === 'GET' || method === 'HEAD')) throw new TypeError('A GET or HEAD request cannot have a body.');

    const answer = parse(await host.fetch(url, method, stringify(pairsOf(options.headers)), body));
    if (answer.error !== undefined) throw new TypeError(answer.error);
    return new Response(answer);
  };
})
