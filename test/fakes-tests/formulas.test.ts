import {
  adjustFormula,
  offsetFormula,
  quoteAllSheetNames,
  renameSheetInFormula,
  sheetsStyleQuoting,
} from '../fakes/formulas';

describe('formula references', () => {
  it('moves relative parts and keeps absolute ones, as filling a range does', () => {
    expect(offsetFormula('=AND(ISNUMBER(C5),C5>=1,C5<=$B$1,C$4>0,$A5)', 2, 3)).toBe(
      '=AND(ISNUMBER(F7),F7>=1,F7<=$B$1,F$4>0,$A7)',
    );
    expect(offsetFormula('=SUM(C5:N5)/COUNT(C5:N5)', 1, 0)).toBe('=SUM(C6:N6)/COUNT(C6:N6)');
    expect(offsetFormula('=SUM(C:C)+SUM(4:4)', 1, 1)).toBe('=SUM(D:D)+SUM(5:5)');
    expect(offsetFormula('=A1', -1, 0)).toBe('=#REF!');
  });

  it('leaves strings, function names and named ranges alone', () => {
    expect(offsetFormula('=IF(C5="A1","B2",LOG10(C5)+KB_RULES+Q1_TOTAL)', 1, 1)).toBe(
      '=IF(D6="A1","B2",LOG10(D6)+KB_RULES+Q1_TOTAL)',
    );
  });

  it('moves references across sheets and quotes only where Sheets does', () => {
    expect(offsetFormula("='7А Математика'!B3+Лист1!C4", 1, 0)).toBe("='7А Математика'!B4+Лист1!C5");
    expect(quoteAllSheetNames('=Лист1!A1+B2')).toBe("='Лист1'!A1+B2");
    expect(sheetsStyleQuoting("='Лист1'!A1+'7А Математика'!B2")).toBe("=Лист1!A1+'7А Математика'!B2");
  });

  it('follows inserted and deleted columns of the sheet a reference points at', () => {
    const insertC = { axis: 'col', kind: 'insert', at: 3, count: 2 } as const;
    expect(adjustFormula('=AND(C5>0,$B5<>"",SUM(B5:D5))', 'Лист1', 'Лист1', insertC)).toBe(
      '=AND(E5>0,$B5<>"",SUM(B5:F5))',
    );
    // References to another sheet do not move.
    expect(adjustFormula('=Итоги!C5+C5', 'Лист1', 'Лист1', insertC)).toBe('=Итоги!C5+E5');
    const deleteCD = { axis: 'col', kind: 'delete', at: 3, count: 2 } as const;
    expect(adjustFormula('=SUM(B5:F5)+C5+E5', 'Лист1', 'Лист1', deleteCD)).toBe('=SUM(B5:D5)+#REF!+C5');
    const deleteRows = { axis: 'row', kind: 'delete', at: 1, count: 3 } as const;
    expect(adjustFormula('=SUM(C2:C10)', 'Лист1', 'Лист1', deleteRows)).toBe('=SUM(C1:C7)');
  });

  it('renames sheet prefixes', () => {
    expect(renameSheetInFormula("='Старое'!A1+Новое!B2", 'Старое', '7Б класс')).toBe(
      "='7Б класс'!A1+Новое!B2",
    );
  });
});
