import { createFakeServices } from '../fakes';

describe('call counting', () => {
  it('counts each call to each interface method once, keyed Interface.method', () => {
    const services = createFakeServices();
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Лист1')!;
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1:B2').getValues();
    // getDataRange uses the sheet internally; only the one call is counted.
    sheet.getDataRange().getValues();
    services.PropertiesService.getDocumentProperties().getProperty('x');
    expect(services.calls.snapshot()).toEqual({
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
      'Range.getValues': 2,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(services.calls.total()).toBe(10);
    expect(services.calls.count('Range.getValues')).toBe(2);
    expect(services.calls.count('Range.getFormulas')).toBe(0);
    services.calls.reset();
    expect(services.calls.total()).toBe(0);
  });

  it('counts builders, metadata, locks, ui and session calls too', () => {
    const services = createFakeServices();
    const sheet = services.spreadsheet.getActiveSheet();
    services.calls.reset();
    services.SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=A1>0').build();
    sheet.getRange('C:C').addDeveloperMetadata('k', 'v');
    sheet.createDeveloperMetadataFinder().withKey('k').find()[0].getLocation().getColumn();
    services.LockService.getDocumentLock()!.tryLock(100);
    services.SpreadsheetApp.getUi().createAddonMenu().addItem('a', 'b').addToUi();
    services.Session.getActiveUserLocale();
    expect(services.calls.snapshot()).toEqual({
      'DataValidationBuilder.build': 1,
      'DataValidationBuilder.requireFormulaSatisfied': 1,
      'DeveloperMetadata.getLocation': 1,
      'DeveloperMetadataFinder.find': 1,
      'DeveloperMetadataFinder.withKey': 1,
      'DeveloperMetadataLocation.getColumn': 1,
      'Lock.tryLock': 1,
      'LockService.getDocumentLock': 1,
      'Menu.addItem': 1,
      'Menu.addToUi': 1,
      'Range.addDeveloperMetadata': 1,
      'Session.getActiveUserLocale': 1,
      'Sheet.createDeveloperMetadataFinder': 1,
      'Sheet.getRange': 1,
      'SpreadsheetApp.getUi': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'Ui.createAddonMenu': 1,
    });
  });

  it('does not count user actions and inspection helpers', () => {
    const services = createFakeServices();
    const { spreadsheet } = services;
    const sheet = spreadsheet.getActiveSheet();
    services.calls.reset();
    spreadsheet.userEdit(sheet, 1, 1, '5');
    spreadsheet.userInsertColumnsBefore(sheet, 1, 1);
    spreadsheet.userDeleteColumns(sheet, 1, 1);
    spreadsheet.snapshot();
    spreadsheet.errorMessageAt(sheet, 1, 1);
    expect(services.calls.total()).toBe(0);
  });
});
