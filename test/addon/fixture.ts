import { builtinTemplates } from '../../src/core/journal/templates';
import type { JournalForm, JournalStructure } from '../../src/core/journal/types';
import { endpoints } from '../../src/gas/endpoints';
import { examFunctions } from '../../src/gas/functions/exam';
import { markFunctions } from '../../src/gas/functions/marks';
import { periodFunctions } from '../../src/gas/functions/period';
import { scaleFunctions } from '../../src/gas/functions/scale';
import { createFakeServices, type FakeServices, type FakeServicesOptions } from '../fakes';

/**
 * The add-on's server side on in-memory services: the endpoints exactly as the bundle wires them,
 * and the KB_ custom functions registered in the fake spreadsheet's formula engine.
 */
export function addon(options: FakeServicesOptions = {}): {
  services: FakeServices;
  api: ReturnType<typeof endpoints>;
} {
  // The functions read the locale of the spreadsheet they are registered in, created just below.
  const holder: { services?: FakeServices } = {};
  const locale = () => holder.services?.spreadsheet.getSpreadsheetLocale();
  const functions = {
    ...periodFunctions(locale),
    ...scaleFunctions(locale),
    ...markFunctions(locale),
    ...examFunctions(locale),
  };
  const services = createFakeServices({
    ...options,
    functions: functions as FakeServicesOptions['functions'],
  });
  holder.services = services;
  return { services, api: endpoints(() => services) };
}

export function quarterStructure(overrides: Partial<JournalStructure> = {}): JournalStructure {
  return { ...builtinTemplates('ru')[0].structure, ...overrides };
}

export function pupils(n: number, prefix = 'Ученик'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix} ${String(i + 1).padStart(2, '0')}`);
}

export function form(overrides: Partial<JournalForm> = {}): JournalForm {
  return {
    className: '7А',
    subject: 'Математика',
    teacher: 'Сапарова А. К.',
    period: 2,
    pupils: pupils(25),
    structure: quarterStructure(),
    ...overrides,
  };
}
