/**
 * Apps Script cannot set a sheet's print settings, but Sheets' own PDF export takes them as
 * parameters. This link, opened by the user in their browser, gives the journal on A4 landscape,
 * fitted to the page width, with the frozen header rows repeated on every page. The add-on itself
 * makes no request: the user's browser fetches their own file from Google.
 */
export function printUrl(
  spreadsheetId: string,
  sheetId: number,
  orientation: 'landscape' | 'portrait',
): string {
  const params = [
    'format=pdf',
    `gid=${sheetId}`,
    'size=A4',
    `portrait=${orientation === 'portrait'}`,
    'fitw=true',
    'fzr=true',
    'gridlines=false',
    'sheetnames=false',
    'printtitle=false',
    'pagenumbers=true',
  ];
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${params.join('&')}`;
}
