import { validateSettings } from '../../core/journal/settingsSheet';
import type { Settings } from '../../core/settings';
import { SETTINGS_PROPERTY, context, type Ctx } from '../context';
import { withDocumentLock } from '../lock';
import { writeSettingsSheet } from '../settingsSheet';
import { UserError } from '../userError';

/**
 * Validates and stores the settings in document properties and on the settings sheet (KB_RULES),
 * which recalculates every journal's formula with the new rules.
 */
export function saveSettings(ctx: Ctx, input: Settings): Settings {
  const checked = validateSettings(input, input?.lang ?? ctx.lang);
  if (!checked.ok) throw new UserError(checked.errors.join('\n'));
  const settings = checked.settings;
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    ctx.services.PropertiesService.getDocumentProperties().setProperty(
      SETTINGS_PROPERTY,
      JSON.stringify(settings),
    );
    writeSettingsSheet(context(ctx.services), settings);
    return settings;
  });
}
