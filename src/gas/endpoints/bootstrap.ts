import { PRESETS } from '../../core/ruleset';
import type { Bootstrap, Panel } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { allTemplates } from './templates';

const PANELS: readonly Panel[] = [
  'newJournal',
  'fromTemplate',
  'check',
  'specs',
  'analysis',
  'monitoring',
  'moderation',
  'settings',
  'help',
];

/** What the sidebar needs to draw its first screen, in one round trip (two property reads). */
export function getBootstrap(ctx: Ctx, panel: Panel): Bootstrap {
  return {
    panel: PANELS.includes(panel) ? panel : 'help',
    lang: ctx.lang,
    settings: ctx.settings,
    templates: allTemplates(ctx),
    presets: Object.keys(PRESETS),
  };
}
