import { describe, expect, it } from 'vitest';
import { widgetCatalog } from '../../lessons/widgetCatalog';
import type { Schema } from '../state/schema';
import { CLASS_PARAM, checkClassConfig, MAX_ENTRIES, readClassParams, shownExercises, writeClassParams, type ClassParams } from './classConfig';

const byId = new Map<string, Schema>(widgetCatalog.map((w) => [w.id, w.schema]));
const lookup = (id: string) => byId.get(id);
const EXERCISES = ['went-at-1', 'cold-limit', 'hotter-top'];
const q = (s: string) => new URLSearchParams(s);

describe('class links', () => {
  it('no widget is called "class" (its parameters would collide with the class setup)', () => {
    expect(byId.has('class')).toBe(false);
  });

  it('keeps entries naming a parameter of a widget on the page, and says what it dropped', () => {
    const { config, notices } = checkClassConfig(q('class.hide=temperature.t,temperature.nope,ghost.t&class.lock=sampling.seed'), lookup, EXERCISES);
    expect(config.hide).toEqual(['temperature.t']);
    expect(config.lock).toEqual(['sampling.seed']);
    expect(notices).toEqual([{ param: CLASS_PARAM.hide, parts: [{ code: 'dropped', values: { raw: 'temperature.nope' } }, { code: 'dropped', values: { raw: 'ghost.t' } }] }]);
  });

  it('a parameter both hidden and locked is hidden', () => {
    const { config } = checkClassConfig(q('class.hide=temperature.t&class.lock=temperature.t,temperature.focus'), lookup, null);
    expect(config.lock).toEqual(['temperature.focus']);
  });

  it('exercises: unknown ids dropped; none left shows them all, with a notice; "none" shows none', () => {
    const some = checkClassConfig(q('class.ex=cold-limit,bogus'), lookup, EXERCISES);
    expect(some.config.exercises).toEqual(['cold-limit']);
    expect(shownExercises(readClassParams(q('class.ex=cold-limit,bogus')), EXERCISES)).toEqual(['cold-limit']);
    const stale = checkClassConfig(q('class.ex=gone,also-gone'), lookup, EXERCISES);
    expect(stale.config.exercises).toBeNull();
    expect(stale.notices[0].parts.map((p) => p.code)).toEqual(['dropped', 'dropped', 'allExercises']);
    expect(shownExercises(readClassParams(q('class.ex=gone')), EXERCISES)).toEqual(EXERCISES);
    expect(shownExercises(readClassParams(q('class.ex=none')), EXERCISES)).toEqual([]);
    expect(shownExercises(readClassParams(q('')), EXERCISES)).toEqual(EXERCISES);
  });

  it('writes what it reads (round trip)', () => {
    const config: ClassParams = { hide: ['temperature.t', 'sampling.n'], lock: ['temperature.focus'], exercises: ['cold-limit', 'hotter-top'] };
    const back = readClassParams(writeClassParams(config));
    expect(back).toEqual(config);
    expect(readClassParams(writeClassParams({ hide: [], lock: [], exercises: [] })).exercises).toEqual([]);
    expect(writeClassParams({ hide: [], lock: [], exercises: null }).toString()).toBe('');
  });

  it('cuts very long lists with a notice', () => {
    const many = Array.from({ length: 500 }, (_, i) => `temperature.t${i}`).join(',');
    const { notices } = checkClassConfig(q(`class.hide=${many}`), lookup, null);
    expect(notices[0].parts[0]).toEqual({ code: 'keptFirst', values: { max: MAX_ENTRIES } });
    expect(readClassParams(q(`class.hide=${many}`)).hide.length).toBeLessThanOrEqual(MAX_ENTRIES);
  });

  it('fuzz: hostile values never throw and only ever yield real widget parameters', () => {
    // A small deterministic generator (mulberry32): failures reproduce.
    let seed = 18;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const atoms = ['temperature.t', 'temperature', '.t', 'constructor.x', 'temperature.constructor', 'temperature.__proto__', '__proto__.t', '%00', '😀.t', 'sampling.seed', ',,,', ' ', 'none', 'a'.repeat(300), 'cold-limit', '<script>', 'x.y.z', 'TEMPERATURE.T'];
    for (let i = 0; i < 2000; i++) {
      const pick = () => Array.from({ length: Math.floor(rnd() * 8) }, () => atoms[Math.floor(rnd() * atoms.length)]).join(rnd() < 0.8 ? ',' : ';');
      const params = new URLSearchParams();
      for (const name of Object.values(CLASS_PARAM)) if (rnd() < 0.7) params.set(name, pick());
      const { config, notices } = checkClassConfig(params, lookup, rnd() < 0.5 ? EXERCISES : null);
      for (const e of [...config.hide, ...config.lock]) {
        const [id, key] = e.split('.');
        expect(Object.prototype.hasOwnProperty.call(byId.get(id) ?? {}, key), e).toBe(true);
      }
      expect(config.lock.some((e) => config.hide.includes(e))).toBe(false);
      for (const n of notices) expect(Object.values(CLASS_PARAM)).toContain(n.param);
      const raw = readClassParams(params);
      expect(shownExercises(raw, EXERCISES).every((id) => EXERCISES.includes(id))).toBe(true);
    }
  });
});

describe('class links: blank lists', () => {
  it('a blank or malformed exercise list shows every exercise; only "none" shows none', () => {
    expect(readClassParams(q('class.ex=')).exercises).toBeNull();
    expect(readClassParams(q('class.ex=%F0%9F%98%80,<x>')).exercises).toBeNull();
    expect(readClassParams(q('class.ex=none')).exercises).toEqual([]);
  });
});
