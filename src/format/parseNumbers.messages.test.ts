import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/paste.en.json';
import zh from '../i18n/locales/paste.zh.json';
import { parseNumbers, type ParseError } from './parseNumbers';

describe('every parse error has a sentence in both languages', () => {
  const samples = ['', '1,x', '1,inf', '1,2\n3', '[1, ..., 2]', Array.from({ length: 6001 }, () => '1').join(',')];
  const codes = new Set<ParseError['code']>(['tooFew']);
  for (const s of samples) {
    const r = parseNumbers(s);
    if (!r.ok) codes.add(r.error.code);
  }
  it.each([...codes])('%s', (code) => {
    expect((en.paste as Record<string, unknown>)[code]).toBeTruthy();
    expect((zh.paste as Record<string, unknown>)[code]).toBeTruthy();
  });
  it('covers all seven codes', () => expect(codes.size).toBe(7));
});
