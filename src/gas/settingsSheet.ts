import { settingsSheetLayout } from '../core/journal/settingsSheet';
import { resolveRuleset, type Ruleset } from '../core/ruleset';
import { journalRulesetOf } from '../core/journal/settingsCheck';
import type { Settings } from '../core/settings';
import { RULES_NAME } from '../core/journal/detailFormula';
import type { Ctx } from './context';
import { insertNamedSheet } from './newSheet';
import type { Sheet } from './services';

const SETTINGS_SHEET_KEY = 'kb.settings';

/**
 * The ruleset the journals' formulas compute with right now: the KB_RULES block as it stands (a
 * coordinator may have edited the sheet by hand), else the stored settings.
 */
export function currentRuleset(ctx: Ctx): Ruleset {
  const range = ctx.ss.getRangeByName(RULES_NAME);
  if (!range) return journalRulesetOf(ctx.settings);
  try {
    return resolveRuleset(range.getValues());
  } catch {
    return journalRulesetOf(ctx.settings); // a broken block shows as errors in the journals themselves
  }
}

/** Creates the settings sheet and KB_RULES when the spreadsheet has none yet (before a first journal). */
export function ensureSettingsSheet(ctx: Ctx): void {
  if (!ctx.ss.getRangeByName(RULES_NAME)) writeSettingsSheet(ctx, ctx.settings);
}

/**
 * Writes the settings to the add-on's own settings sheet (created once, found again by metadata)
 * and points KB_RULES at its ruleset block, so every journal recalculates with the new rules.
 */
export function writeSettingsSheet(ctx: Ctx, settings: Settings): Sheet {
  const layout = settingsSheetLayout(settings, settings.lang);
  const sheet = findSettingsSheet(ctx) ?? createSettingsSheet(ctx);
  sheet.getRange(1, 1, layout.values.length, layout.values[0].length).setValues(layout.values);
  ctx.ss.setNamedRange(RULES_NAME, sheet.getRange(layout.rulesA1));
  return sheet;
}

function findSettingsSheet(ctx: Ctx): Sheet | undefined {
  const [md] = ctx.ss.createDeveloperMetadataFinder().withKey(SETTINGS_SHEET_KEY).find();
  return md?.getLocation().getSheet() ?? undefined;
}

function createSettingsSheet(ctx: Ctx): Sheet {
  const sheet = insertNamedSheet(ctx.ss, ctx.texts.settings.sheetName, 0);
  sheet.addDeveloperMetadata(SETTINGS_SHEET_KEY, '1');
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidth(2, 220);
  sheet.protect().setWarningOnly(true).setDescription(ctx.texts.settings.title);
  return sheet;
}
