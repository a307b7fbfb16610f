/** A chosen file that holds no text: a spreadsheet workbook, a PDF, a picture. */
export class NotTextFileError extends Error {
  /** An Excel workbook (XLSX is a zip archive), for which saving as CSV is the way. */
  readonly workbook: boolean;

  constructor(workbook: boolean) {
    super(workbook ? 'the file is a workbook, not CSV text' : 'the file is not text');
    this.name = 'NotTextFileError';
    this.workbook = workbook;
  }
}

// XLSX (and any zip archive) starts with a local file header; the old XLS with a compound-file header.
const WORKBOOK_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/**
 * The text of a chosen CSV file, read as the API reads one (api/src/modules/imports/decode-csv-text.ts):
 * UTF-8 when the bytes are valid UTF-8 (a byte order mark dropped), otherwise Windows-1252, which Excel on
 * Windows saves. So the text field shows "Müller", not "M�ller", before it is checked. A file with a NUL
 * byte is no text in either, and would only fill the field with noise: it is refused with NotTextFileError.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const workbook = WORKBOOK_SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte));
  if (workbook || bytes.includes(0)) throw new NotTextFileError(workbook);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
