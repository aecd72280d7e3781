import type { Lang } from '../i18n';
import { TEXTS } from '../texts';
import {
  fieldProblem,
  isRecord,
  renderFieldProblem,
  showValue,
  unknownKeys,
  type FieldProblem,
} from './fieldProblems';
import { jsonErrorAt, lineAndColumn } from './jsonPosition';
import { cleanStructure, validateStructure } from './structure';
import type { JournalStructure, Template } from './types';

/** The export file: `{ "format": "kb-sheets/template", "version": 1, "name", "description"?, "structure" }`. */
export const TEMPLATE_FORMAT = 'kb-sheets/template';
export const TEMPLATE_VERSION = 1;
export const TEMPLATE_LIMITS = { name: 60, description: 300 } as const;

const KEYS = ['format', 'version', 'name', 'description', 'structure'];

/** A template as a pretty-printed export file (the built-in flag is not exported). */
export function templateToJson(t: Template): string {
  const file: Record<string, unknown> = { format: TEMPLATE_FORMAT, version: TEMPLATE_VERSION, name: t.name };
  if (t.description) file.description = t.description;
  file.structure = cleanStructure(t.structure);
  return JSON.stringify(file, null, 2);
}

export type TemplateParse = { ok: true; template: Template } | { ok: false; errors: string[] };

/** Reads an export file; every error names the field (or the line and column) and what is wrong. */
export function parseTemplateJson(text: string, lang: Lang): TemplateParse {
  const t = TEXTS.of(lang);
  const problems = templateProblems(text);
  if (problems.length > 0) return { ok: false, errors: problems.map((p) => renderFieldProblem(t, p)) };
  const file = JSON.parse(stripBom(text)) as {
    name: string;
    description?: string;
    structure: JournalStructure;
  };
  const template: Template = { name: file.name.trim(), structure: cleanStructure(file.structure) };
  if (file.description?.trim()) template.description = file.description.trim();
  return { ok: true, template };
}

function templateProblems(raw: string): FieldProblem[] {
  const text = stripBom(raw);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    const at = Math.max(0, jsonErrorAt(text));
    const { line, column } = lineAndColumn(text, at);
    return [fieldProblem('', 'notJson', line, column, near(text, at))];
  }
  if (!isRecord(file)) return [fieldProblem('', 'notTemplate')];
  // A wrong format or version: the rest of the file means something else, so say only that.
  if (!('format' in file)) return [fieldProblem('', 'notTemplate')];
  if (file.format !== TEMPLATE_FORMAT)
    return [fieldProblem('format', 'wrongFormat', showValue(file.format), TEMPLATE_FORMAT)];
  if (file.version !== TEMPLATE_VERSION) {
    return 'version' in file
      ? [fieldProblem('version', 'wrongVersion', showValue(file.version), String(TEMPLATE_VERSION))]
      : [fieldProblem('version', 'missing')];
  }

  const problems = unknownKeys(file, KEYS, '');
  problems.push(...textProblems(file, 'name', true, TEMPLATE_LIMITS.name));
  if ('description' in file)
    problems.push(...textProblems(file, 'description', false, TEMPLATE_LIMITS.description));
  if ('structure' in file) problems.push(...validateStructure(file.structure, 'structure'));
  else problems.push(fieldProblem('structure', 'missing'));
  return problems;
}

function textProblems(
  file: Record<string, unknown>,
  key: string,
  required: boolean,
  max: number,
): FieldProblem[] {
  if (!(key in file)) return [fieldProblem(key, 'missing')];
  const v = file[key];
  if (typeof v !== 'string') return [fieldProblem(key, 'wrongType', 'string', showValue(v))];
  const trimmed = v.trim();
  if (required && trimmed === '') return [fieldProblem(key, 'empty')];
  if (trimmed.length > max) return [fieldProblem(key, 'tooLong', trimmed.length, max)];
  return [];
}

/** A few words around the mistake, starting at a word boundary: «"version": 1,, "name":». */
function near(text: string, at: number): string {
  let before = text.slice(Math.max(0, at - 16), at);
  const space = before.search(/\s/);
  if (at > 16 && space >= 0) before = before.slice(space);
  return (before + text.slice(at, at + 12)).replace(/\s+/g, ' ').trim();
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
