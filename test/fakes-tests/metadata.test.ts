import { createFakeServices } from '../fakes';

function setup() {
  const services = createFakeServices();
  const { spreadsheet } = services;
  const journal = spreadsheet.getActiveSheet();
  const settings = spreadsheet.insertSheet('KB_SETTINGS');
  journal.addDeveloperMetadata('kb.journal', '{"subject":"Математика"}');
  journal.getRange('C:C').addDeveloperMetadata('kb.column', 'fo:1');
  journal.getRange(1, 4, journal.getMaxRows(), 2).addDeveloperMetadata('kb.column', 'sor:1-2');
  journal.getRange('4:4').addDeveloperMetadata('kb.header', 'max');
  settings.addDeveloperMetadata('kb.settings', '1');
  return { services, spreadsheet, journal, settings };
}

describe('developer metadata', () => {
  it('finds by key within a sheet (with its rows and columns) or the whole spreadsheet', () => {
    const { spreadsheet, journal, settings } = setup();
    const keys = (found: { getKey(): string; getValue(): string | null }[]) =>
      found.map((m) => `${m.getKey()}=${m.getValue()}`);
    expect(keys(journal.createDeveloperMetadataFinder().find())).toEqual([
      'kb.journal={"subject":"Математика"}',
      'kb.column=fo:1',
      'kb.column=sor:1-2',
      'kb.header=max',
    ]);
    expect(keys(journal.createDeveloperMetadataFinder().withKey('kb.column').find())).toEqual([
      'kb.column=fo:1',
      'kb.column=sor:1-2',
    ]);
    expect(keys(settings.createDeveloperMetadataFinder().withKey('kb.column').find())).toEqual([]);
    expect(keys(spreadsheet.createDeveloperMetadataFinder().withKey('kb.settings').find())).toEqual([
      'kb.settings=1',
    ]);
    expect(spreadsheet.createDeveloperMetadataFinder().find()).toHaveLength(5);
  });

  it('returns only the metadata exactly at a sheet or range', () => {
    const { journal } = setup();
    expect(journal.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['kb.journal']);
    expect(
      journal
        .getRange('C:C')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['fo:1']);
    expect(
      journal
        .getRange('D:E')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['sor:1-2']);
    expect(journal.getRange('D:D').getDeveloperMetadata()).toEqual([]);
    expect(journal.getRange('C5').getDeveloperMetadata()).toEqual([]);
  });

  it('tells where metadata lives, each getter answering for its own location type', () => {
    const { journal } = setup();
    const [sheetMeta, fo, sor, header] = journal.createDeveloperMetadataFinder().find();
    expect(sheetMeta.getLocation().getSheet()).toBe(journal);
    expect(sheetMeta.getLocation().getColumn()).toBeNull();
    expect(fo.getLocation().getSheet()).toBeNull();
    expect(fo.getLocation().getColumn()?.getA1Notation()).toBe('C:C');
    expect(fo.getLocation().getColumn()?.getSheet()).toBe(journal);
    expect(fo.getLocation().getRow()).toBeNull();
    expect(sor.getLocation().getColumn()?.getColumn()).toBe(4);
    expect(sor.getLocation().getColumn()?.getNumColumns()).toBe(2);
    expect(header.getLocation().getRow()?.getA1Notation()).toBe('4:4');
  });

  it('updates and removes metadata', () => {
    const { journal } = setup();
    const [fo] = journal.createDeveloperMetadataFinder().withKey('kb.column').find();
    fo.setValue('fo:2');
    expect(journal.getRange('C:C').getDeveloperMetadata()[0].getValue()).toBe('fo:2');
    fo.remove();
    expect(
      journal
        .createDeveloperMetadataFinder()
        .withKey('kb.column')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['sor:1-2']);
  });

  it('moves with inserted columns and widens when columns are inserted inside it', () => {
    const { spreadsheet, journal } = setup();
    spreadsheet.userInsertColumnsBefore(journal, 1, 1);
    spreadsheet.userInsertColumnsBefore(journal, 6, 1);
    const where = journal
      .createDeveloperMetadataFinder()
      .withKey('kb.column')
      .find()
      .map((m) => m.getLocation().getColumn()?.getA1Notation());
    expect(where).toEqual(['D:D', 'E:G']);
  });

  it('disappears with its deleted column, and shrinks when part of its columns go', () => {
    const { spreadsheet, journal } = setup();
    spreadsheet.userDeleteColumns(journal, 3, 2);
    const where = journal
      .createDeveloperMetadataFinder()
      .withKey('kb.column')
      .find()
      .map((m) => [m.getValue(), m.getLocation().getColumn()?.getA1Notation()]);
    expect(where).toEqual([['sor:1-2', 'C:C']]);
    journal.deleteRows(4, 1);
    expect(journal.createDeveloperMetadataFinder().withKey('kb.header').find()).toEqual([]);
  });

  it('cannot go on an arbitrary range, as in Sheets', () => {
    const { journal } = setup();
    expect(() => journal.getRange('C5:C44').addDeveloperMetadata('k', 'v')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported',
    );
  });
});
