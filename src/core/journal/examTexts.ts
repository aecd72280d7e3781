/**
 * Texts of the annual journal of an exam subject and of its monitoring section, per language; the
 * compiler checks every language has every text. Period names come from the journal's texts.
 */
import { textTable } from '../i18n/table';

export interface ExamJournalTexts {
  /** Sheet name: «7А Қазақ тілі · жыл». */
  sheetWord: string;
  title(className: string, subject: string): string;
  subtitle(teacher: string, scale: string): string;
  /** The scale in words: «макс. 30: 0–11 «2» (пересдача), 12–18 «3», 19–24 «4», 25–30 «5»». */
  scale(name: string, max: string, bands: [string, string, string, string]): string;
  annual: string;
  examScore(max: string): string;
  examMark: string;
  final: string;
  /** The warning on the computed columns. */
  protection: string;
  /** Monitoring: the exam results section. */
  monitoring: {
    section: string;
    exam: string;
    sat: string;
    resits: string;
    meanScore: string;
    finalMean: string;
  };
}

const ru: ExamJournalTexts = {
  sheetWord: 'год и экзамен',
  title: (className, subject) => `${className} · ${subject} · годовые оценки и экзамен`,
  subtitle: (teacher, scale) => (teacher ? `${teacher} · экзамен: ${scale}` : `Экзамен: ${scale}`),
  scale: (name, max, [b2, b3, b4, b5]) =>
    `${name ? `${name}, ` : ''}макс. ${max}: ${b2} «2» (пересдача), ${b3} «3», ${b4} «4», ${b5} «5»`,
  annual: 'Годовая',
  examScore: (max) => `Экзамен, балл (из ${max})`,
  examMark: 'Экзамен, оценка',
  final: 'Итоговая',
  protection: 'KB Sheets: годовая, экзаменационная и итоговая оценки (формулы KB_ANNUAL, KB_EXAM, KB_FINAL)',
  monitoring: {
    section: 'Экзамены: результаты',
    exam: 'Экзамен',
    sat: 'Сдавали',
    resits: 'Пересдача',
    meanScore: 'Средний балл',
    finalMean: 'Средняя итоговая',
  },
};

const kk: ExamJournalTexts = {
  sheetWord: 'жыл және емтихан',
  title: (className, subject) => `${className} · ${subject} · жылдық бағалар және емтихан`,
  subtitle: (teacher, scale) => (teacher ? `${teacher} · емтихан: ${scale}` : `Емтихан: ${scale}`),
  scale: (name, max, [b2, b3, b4, b5]) =>
    `${name ? `${name}, ` : ''}макс. ${max}: ${b2} «2» (қайта тапсыру), ${b3} «3», ${b4} «4», ${b5} «5»`,
  annual: 'Жылдық',
  examScore: (max) => `Емтихан, балл (${max}-нан)`,
  examMark: 'Емтихан, баға',
  final: 'Қорытынды',
  protection: 'KB Sheets: жылдық, емтихан және қорытынды бағалар (KB_ANNUAL, KB_EXAM, KB_FINAL формулалары)',
  monitoring: {
    section: 'Емтихандар: нәтижелер',
    exam: 'Емтихан',
    sat: 'Тапсырды',
    resits: 'Қайта тапсыру',
    meanScore: 'Орташа балл',
    finalMean: 'Орташа қорытынды',
  },
};

const en: ExamJournalTexts = {
  sheetWord: 'year and exam',
  title: (className, subject) => `${className} · ${subject} · annual marks and exam`,
  subtitle: (teacher, scale) => (teacher ? `${teacher} · exam: ${scale}` : `Exam: ${scale}`),
  scale: (name, max, [b2, b3, b4, b5]) =>
    `${name ? `${name}, ` : ''}max ${max}: ${b2} «2» (re-sit), ${b3} «3», ${b4} «4», ${b5} «5»`,
  annual: 'Annual',
  examScore: (max) => `Exam score (of ${max})`,
  examMark: 'Exam mark',
  final: 'Final',
  protection: 'KB Sheets: annual, exam and final marks (formulas KB_ANNUAL, KB_EXAM, KB_FINAL)',
  monitoring: {
    section: 'Exams: results',
    exam: 'Exam',
    sat: 'Sat',
    resits: 'Re-sit',
    meanScore: 'Mean score',
    finalMean: 'Mean final',
  },
};

export const EXAM_TEXTS = textTable<ExamJournalTexts>({ kk, ru, en });
