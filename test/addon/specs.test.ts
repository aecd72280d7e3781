/**
 * The work-specification library on the fakes: the server checks a specification field by field
 * with src/core/tasks, keeps its JSON text as given, one per title, and refuses what is not a valid
 * specification or would not fit a document property.
 */
import { checkSpec, parseSpecJson, specToJson, type WorkSpec } from '../../src/core/tasks';
import { SPEC_MAX_BYTES, SPEC_MAX_COUNT } from '../../src/gas/specStore';
import { copy, fractionsSpec } from '../tasks/fixtures';
import { addon } from './fixture';

const titled = (title: string): WorkSpec => ({ ...fractionsSpec(), title });

describe('work specifications library', () => {
  it('saves a specification, lists it for every user of the file, and the core reads it back unchanged', () => {
    const { services, api } = addon();
    expect(api.listSpecs()).toEqual([]);
    const json = specToJson(fractionsSpec());
    const list = api.saveSpec(json);
    expect(list).toEqual([{ title: 'Обыкновенные дроби', json }]);
    // Each call is a separate execution: what the next one lists comes from document properties.
    const stored = api.listSpecs();
    expect(stored).toHaveLength(1);
    const parsed = parseSpecJson(stored[0].json, 'ru');
    const original = checkSpec(fractionsSpec(), 'ru');
    expect(parsed.ok && parsed.spec).toEqual(original.ok && original.spec);
    expect(Object.keys(services.properties.all())).toEqual(expect.arrayContaining(['kb.specs']));
  });

  it('replaces the specification of the same title (trimmed, any case) and keeps the others in order', () => {
    const { api } = addon();
    api.saveSpec(specToJson(titled('СОР 1 Дроби')));
    api.saveSpec(specToJson(titled('СОР 2 Уравнения')));
    const changed = copy(titled('сор 1 дроби'));
    changed.tasks[0].criterion = 'Складывает дроби';
    const list = api.saveSpec(specToJson(changed));
    expect(list.map((s) => s.title)).toEqual(['сор 1 дроби', 'СОР 2 Уравнения']);
    expect(JSON.parse(list[0].json).tasks[0].criterion).toBe('Складывает дроби');
  });

  it('deletes by title and says when there is no such specification', () => {
    const { services, api } = addon();
    api.saveSpec(specToJson(titled('Первая')));
    api.saveSpec(specToJson(titled('Вторая')));
    expect(api.deleteSpec('Первая').map((s) => s.title)).toEqual(['Вторая']);
    expect(api.listSpecs().map((s) => s.title)).toEqual(['Вторая']);
    // Its text is gone from the store, not only from the index.
    expect(Object.values(services.properties.all()).join('\n')).not.toContain('"Первая"');
    expect(() => api.deleteSpec('Первая')).toThrow(/«Первая» не найдена/);
  });

  it.each([
    ['not JSON', '{"title": '],
    ['an array', JSON.stringify([{ title: 'x' }])],
    ['no title', JSON.stringify({ format: 'kb-sheets/work-spec', tasks: [] })],
    ['a blank title', JSON.stringify({ title: '   ' })],
    ['a title that is not text', JSON.stringify({ title: 5 })],
    ['not a string at all', 42 as unknown as string],
  ])('refuses %s and stores nothing', (_, json) => {
    const { services, api } = addon();
    expect(() => api.saveSpec(json)).toThrow(/title/);
    expect(api.listSpecs()).toEqual([]);
    expect(services.properties.all()).not.toHaveProperty('kb.specs');
  });

  it('refuses a specification with a wrong field, naming the field, and stores nothing', () => {
    const { api } = addon();
    const spec = fractionsSpec();
    spec.tasks[0].descriptors[0].points = -5;
    const json = JSON.stringify(spec);
    const parsed = parseSpecJson(json, 'ru');
    expect(parsed.ok).toBe(false);
    expect(() => api.saveSpec(json)).toThrow(!parsed.ok ? parsed.errors[0] : '');
    expect(api.listSpecs()).toEqual([]);
  });

  it('refuses a specification above 8 KB (Cyrillic counted in UTF-8 bytes), in the user language', () => {
    const { api, services } = addon();
    services.properties.setProperty('kb.settings', JSON.stringify({ lang: 'en' }));
    const spec = fractionsSpec();
    // 4 100 Cyrillic letters: 4 100 characters but 8 200 bytes.
    spec.tasks[0].descriptors[0].text = 'д'.repeat(4100);
    const json = JSON.stringify(spec);
    expect(json.length).toBeLessThan(SPEC_MAX_BYTES);
    expect(() => api.saveSpec(json)).toThrow(/larger than 8 KB/);
    expect(api.listSpecs()).toEqual([]);
  });

  it(`holds at most ${SPEC_MAX_COUNT} specifications, but a full library still takes a new version of one`, () => {
    const { api } = addon();
    for (let i = 1; i <= SPEC_MAX_COUNT; i++) api.saveSpec(specToJson(titled(`Работа ${i}`)));
    expect(() => api.saveSpec(specToJson(titled('Ещё одна')))).toThrow(new RegExp(`${SPEC_MAX_COUNT}`));
    expect(api.saveSpec(specToJson(titled('Работа 7')))).toHaveLength(SPEC_MAX_COUNT);
  });

  it('ignores a damaged index instead of failing the panel', () => {
    const { api, services } = addon();
    services.properties.setProperty('kb.specs', '{not json');
    expect(api.listSpecs()).toEqual([]);
    expect(api.saveSpec(specToJson(titled('Новая'))).map((s) => s.title)).toEqual(['Новая']);
  });

  it('changes the library under the document lock', () => {
    const { api, services } = addon();
    const before = services.calls.count('LockService.getDocumentLock');
    api.saveSpec(specToJson(titled('А')));
    api.deleteSpec('А');
    expect(services.calls.count('LockService.getDocumentLock')).toBe(before + 2);
  });
});
