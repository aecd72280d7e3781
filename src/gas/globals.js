/**
 * Formative marks, unit and term summatives → the period (quarter) mark 2–5 of each pupil row [четвертная оценка / тоқсандық баға].
 *
 * @param {number[][]} fo Formative marks 1–10, a row per pupil [ФО / ҚБ].
 * @param {number[][]} sor Unit summative scores, a column per work [СОР / БЖБ].
 * @param {number[][]} sor_max Max score of each unit summative: one row for the class, or one per pupil [макс. балл СОР].
 * @param {number[][]} soch Optional: term summative score; leave empty for a period without one [СОЧ / ТЖБ].
 * @param {number[][]} soch_max Optional: max score of the term summative [макс. балл СОЧ].
 * @param {string} rules Optional: ruleset name (KZ-2020, KZ-2016, KZ-2020-MEKTEP) or a key|value range such as KB_RULES [правила].
 * @return The mark, or н/а, осв, or "! problem", per pupil.
 * @customfunction
 */
function KB_QUARTER(fo, sor, sor_max, soch, soch_max, rules) {
  return KB.KB_QUARTER(fo, sor, sor_max, soch, soch_max, rules);
}

/**
 * The total percentage P of each pupil row, before conversion to a mark [итоговый процент / қорытынды пайыз].
 *
 * @param {number[][]} fo Formative marks 1–10, a row per pupil [ФО / ҚБ].
 * @param {number[][]} sor Unit summative scores, a column per work [СОР / БЖБ].
 * @param {number[][]} sor_max Max score of each unit summative: one row for the class, or one per pupil [макс. балл СОР].
 * @param {number[][]} soch Optional: term summative score; leave empty for a period without one [СОЧ / ТЖБ].
 * @param {number[][]} soch_max Optional: max score of the term summative [макс. балл СОЧ].
 * @param {string} rules Optional: ruleset name (KZ-2020, KZ-2016, KZ-2020-MEKTEP) or a key|value range such as KB_RULES [правила].
 * @return P (0–100), or н/а, осв, or "! problem", per pupil.
 * @customfunction
 */
function KB_PERCENT(fo, sor, sor_max, soch, soch_max, rules) {
  return KB.KB_PERCENT(fo, sor, sor_max, soch, soch_max, rules);
}

/**
 * Five columns per pupil row: ФО %, СОР %, СОЧ %, total P and the mark [подробный расчёт / толық есеп].
 *
 * @param {number[][]} fo Formative marks 1–10, a row per pupil [ФО / ҚБ].
 * @param {number[][]} sor Unit summative scores, a column per work [СОР / БЖБ].
 * @param {number[][]} sor_max Max score of each unit summative: one row for the class, or one per pupil [макс. балл СОР].
 * @param {number[][]} soch Optional: term summative score; leave empty for a period without one [СОЧ / ТЖБ].
 * @param {number[][]} soch_max Optional: max score of the term summative [макс. балл СОЧ].
 * @param {string} rules Optional: ruleset name (KZ-2020, KZ-2016, KZ-2020-MEKTEP) or a key|value range such as KB_RULES [правила].
 * @return ФО %, СОР %, СОЧ %, P, mark per pupil.
 * @customfunction
 */
function KB_DETAIL(fo, sor, sor_max, soch, soch_max, rules) {
  return KB.KB_DETAIL(fo, sor, sor_max, soch, soch_max, rules);
}

/**
 * One line per pupil row showing how the mark was computed, in the sheet's language [пояснение / түсіндірме].
 *
 * @param {number[][]} fo Formative marks 1–10, a row per pupil [ФО / ҚБ].
 * @param {number[][]} sor Unit summative scores, a column per work [СОР / БЖБ].
 * @param {number[][]} sor_max Max score of each unit summative: one row for the class, or one per pupil [макс. балл СОР].
 * @param {number[][]} soch Optional: term summative score; leave empty for a period without one [СОЧ / ТЖБ].
 * @param {number[][]} soch_max Optional: max score of the term summative [макс. балл СОЧ].
 * @param {string} rules Optional: ruleset name (KZ-2020, KZ-2016, KZ-2020-MEKTEP) or a key|value range such as KB_RULES [правила].
 * @return The computation as text, per pupil.
 * @customfunction
 */
function KB_EXPLAIN(fo, sor, sor_max, soch, soch_max, rules) {
  return KB.KB_EXPLAIN(fo, sor, sor_max, soch, soch_max, rules);
}

/**
 * The smallest whole term summative score that still gives the target mark [нужный балл СОЧ / қажетті ТЖБ балы].
 *
 * @param {number[][]} fo Formative marks 1–10, a row per pupil [ФО / ҚБ].
 * @param {number[][]} sor Unit summative scores, a column per work [СОР / БЖБ].
 * @param {number[][]} sor_max Max score of each unit summative: one row for the class, or one per pupil [макс. балл СОР].
 * @param {number[][]} soch_max Max score of the term summative [макс. балл СОЧ].
 * @param {number} target The mark wanted, 2–5: one for the class, or one per pupil [желаемая оценка].
 * @param {string} rules Optional: ruleset name (KZ-2020, KZ-2016, KZ-2020-MEKTEP) or a key|value range such as KB_RULES [правила].
 * @return The score needed, 0 if any score will do, or "недостижимо", per pupil.
 * @customfunction
 */
function KB_NEED(fo, sor, sor_max, soch_max, target, rules) {
  return KB.KB_NEED(fo, sor, sor_max, soch_max, target, rules);
}

/**
 * The mark 2–5 for a percentage, cell by cell [оценка по проценту / пайыз бойынша баға].
 *
 * @param {number[][]} percent A percentage 0–100, or a range of them [процент].
 * @param {string} rules Optional: ruleset name or a key|value range such as KB_RULES [правила].
 * @return The mark for each cell.
 * @customfunction
 */
function KB_MARK(percent, rules) {
  return KB.KB_MARK(percent, rules);
}

/**
 * The level of a summative work from its score: high, medium or low [уровень / деңгей].
 *
 * @param {number[][]} score The pupil's score, or a range of scores [балл].
 * @param {number[][]} max The work's max score: one cell, one row for the works, or one per score [макс. балл].
 * @param {string} rules Optional: ruleset name or a key|value range such as KB_RULES [правила].
 * @return высокий / средний / низкий (жоғары / орта / төмен) for each score.
 * @customfunction
 */
function KB_LEVEL(score, max, rules) {
  return KB.KB_LEVEL(score, max, rules);
}

/**
 * The annual mark from a row of period marks: the mean rounded half up [годовая оценка / жылдық баға].
 *
 * @param {number[][]} marks Quarter or half-year marks, a row per pupil [четвертные оценки / тоқсандық бағалар].
 * @param {string} rules Optional: ruleset name or a key|value range such as KB_RULES [правила].
 * @return The annual mark, "" while a period is missing, or н/а, per pupil.
 * @customfunction
 */
function KB_ANNUAL(marks, rules) {
  return KB.KB_ANNUAL(marks, rules);
}

/**
 * Indicators of a set of marks in one row: N, n5, n4, n3, n2, н/а, pass rate %, quality %, СОУ %, mean [показатели / көрсеткіштер].
 *
 * @param {number[][]} marks Marks 2–5, н/а, осв or empty [оценки / бағалар].
 * @param {string} rules Optional: ruleset name or a key|value range such as KB_RULES [правила].
 * @return N, n5, n4, n3, n2, n_na, pass rate, quality, СОУ, mean.
 * @customfunction
 */
function KB_STATS(marks, rules) {
  return KB.KB_STATS(marks, rules);
}

/**
 * Quality of knowledge: the share of 4 and 5 marks, in percent [качество знаний / білім сапасы].
 *
 * @param {number[][]} marks Marks 2–5, н/а, осв or empty [оценки / бағалар].
 * @return Quality %.
 * @customfunction
 */
function KB_QUALITY(marks) {
  return KB.KB_QUALITY(marks);
}

/**
 * Pass rate: the share of marks 3, 4 and 5, in percent [успеваемость / үлгерім].
 *
 * @param {number[][]} marks Marks 2–5, н/а, осв or empty [оценки / бағалар].
 * @return Pass rate %.
 * @customfunction
 */
function KB_SUCCESS(marks) {
  return KB.KB_SUCCESS(marks);
}

/**
 * Degree of learning (Simonov), in percent [степень обученности СОУ / білім дәрежесі].
 *
 * @param {number[][]} marks Marks 2–5, н/а, осв or empty [оценки / бағалар].
 * @return СОУ %.
 * @customfunction
 */
function KB_SOU(marks) {
  return KB.KB_SOU(marks);
}

/**
 * The mark for an exam score on an exam scale [экзаменационная оценка / емтихан бағасы].
 *
 * @param {number[][]} score The exam score, or a range of scores [балл].
 * @param {string} exam Optional: KZ-KAZLANG (the Kazakh-language exam, 30 points; the default) or a key|value range of max, t3, t4, t5 in points [шкала экзамена].
 * @param {string} rules Optional: ruleset name or a key|value range such as KB_RULES [правила].
 * @return The mark 2–5 for each score; 2 means a re-sit.
 * @customfunction
 */
function KB_EXAM(score, exam, rules) {
  return KB.KB_EXAM(score, exam, rules);
}

/**
 * The final mark from the annual and the exam mark, by the school's ruleset key final [итоговая оценка / қорытынды баға].
 *
 * @param {number[][]} annual The annual mark, a row per pupil [годовая оценка].
 * @param {number[][]} exam_mark The exam mark, a row per pupil [экзаменационная оценка].
 * @param {string} rules The ruleset with the key final (mean, exam or annual), e.g. KB_RULES [правила].
 * @return The final mark per pupil.
 * @customfunction
 */
function KB_FINAL(annual, exam_mark, rules) {
  return KB.KB_FINAL(annual, exam_mark, rules);
}

// ——— The add-on: menu (onOpen/onInstall), menu handlers that open the sidebar, and the
// sidebar's endpoints (src/shared/endpoints.ts), called through google.script.run.

/** Builds the add-on menu. */
function onOpen(e) {
  return KB.onOpen(e);
}

/** Runs when the add-on is installed: builds the menu at once. */
function onInstall(e) {
  return KB.onInstall(e);
}

function kbShowNewJournal() {
  return KB.kbShowNewJournal();
}

function kbShowFromTemplate() {
  return KB.kbShowFromTemplate();
}

function kbShowCheck() {
  return KB.kbShowCheck();
}

function kbShowSettings() {
  return KB.kbShowSettings();
}

function kbShowHelp() {
  return KB.kbShowHelp();
}

function kbShowModeration() {
  return KB.kbShowModeration();
}

function kbShowAnalysis() {
  return KB.kbShowAnalysis();
}

function kbShowMonitoring() {
  return KB.kbShowMonitoring();
}

function kbRunMonitoring() {
  return KB.kbRunMonitoring();
}

function kbRunAnalyses() {
  return KB.kbRunAnalyses();
}

function kbRunCheck() {
  return KB.kbRunCheck();
}

function kbShowSpecs() {
  return KB.kbShowSpecs();
}

function getBootstrap(panel) {
  return KB.getBootstrap(panel);
}

function listJournals() {
  return KB.listJournals();
}

function listSheets() {
  return KB.listSheets();
}

function saveSettings(settings) {
  return KB.saveSettings(settings);
}

function createJournal(form) {
  return KB.createJournal(form);
}

function createExamJournal(form) {
  return KB.createExamJournal(form);
}

function readRoster(sheetName) {
  return KB.readRoster(sheetName);
}

function saveTemplate(request) {
  return KB.saveTemplate(request);
}

function deleteTemplate(name) {
  return KB.deleteTemplate(name);
}

function exportTemplate(name) {
  return KB.exportTemplate(name);
}

function importTemplate(json) {
  return KB.importTemplate(json);
}

function planFromTemplate(request) {
  return KB.planFromTemplate(request);
}

function createFromTemplate(request) {
  return KB.createFromTemplate(request);
}

function checkJournals(only) {
  return KB.checkJournals(only);
}

function journalBatches(scope) {
  return KB.journalBatches(scope);
}

function monitoringResults(sheetNames) {
  return KB.monitoringResults(sheetNames);
}

function writeMonitoring(request) {
  return KB.writeMonitoring(request);
}

function writeAnalyses(request) {
  return KB.writeAnalyses(request);
}

function jumpTo(target) {
  return KB.jumpTo(target);
}

function readJournal(sheetName) {
  return KB.readJournal(sheetName);
}

function startModeration(request) {
  return KB.startModeration(request);
}

function refreshModeration(id) {
  return KB.refreshModeration(id);
}

function writeProtocol(request) {
  return KB.writeProtocol(request);
}

function planModeration(request) {
  return KB.planModeration(request);
}

function commitModeration(request) {
  return KB.commitModeration(request);
}

function listModerations() {
  return KB.listModerations();
}

function listSpecs() {
  return KB.listSpecs();
}

function saveSpec(json) {
  return KB.saveSpec(json);
}

function deleteSpec(title) {
  return KB.deleteSpec(title);
}

function createScoreGrid(request) {
  return KB.createScoreGrid(request);
}

function writeRubrics(request) {
  return KB.writeRubrics(request);
}
