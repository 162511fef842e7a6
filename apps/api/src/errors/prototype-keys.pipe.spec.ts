import { firstPrototypeKey, PrototypeKeysPipe } from './prototype-keys.pipe.js';

describe('PrototypeKeysPipe', () => {
  const pipe = new PrototypeKeysPipe();
  const parsed = (json: string) => JSON.parse(json) as unknown;

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a top-level "%s" key, naming it', (key) => {
    expect(() => pipe.transform(parsed(`{"title":"x","${key}":{"isAdmin":true}}`), { type: 'body' })).toThrow(
      expect.objectContaining({ name: 'RequestValidationError' }),
    );
    expect(firstPrototypeKey(parsed(`{"title":"x","${key}":{}}`))).toBe(key);
  });

  it('finds one nested in objects and arrays, with its path', () => {
    expect(firstPrototypeKey(parsed('{"a":{"b":[{"c":1},{"__proto__":{}}]}}'))).toBe('a.b.1.__proto__');
  });

  it('passes ordinary bodies, values that merely say "constructor", and non-objects unchanged', () => {
    const body = parsed('{"title":"constructor","items":[{"content":"__proto__"}]}');
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(pipe.transform('constructor', { type: 'param', data: 'username' })).toBe('constructor');
    expect(pipe.transform(null, { type: 'body' })).toBeNull();
  });
});
