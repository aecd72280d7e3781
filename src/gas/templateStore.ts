import type { Template } from '../core/journal/types';
import { TEMPLATES_PROPERTY } from './context';
import type { Services } from './services';

/** The school's saved templates: one JSON list in document properties (a template is ~200 bytes). */
export function loadSavedTemplates(services: Services): Template[] {
  const raw = services.PropertiesService.getDocumentProperties().getProperty(TEMPLATES_PROPERTY);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as Template[];
    return Array.isArray(list) ? list.map((t) => ({ name: t.name, structure: t.structure })) : [];
  } catch {
    return [];
  }
}

export function storeSavedTemplates(services: Services, templates: Template[]): void {
  const list = templates.map((t) => ({ name: t.name, structure: t.structure }));
  services.PropertiesService.getDocumentProperties().setProperty(TEMPLATES_PROPERTY, JSON.stringify(list));
}
