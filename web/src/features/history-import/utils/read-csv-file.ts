/**
 * The text of a chosen CSV file, read as the API reads one (api/src/modules/imports/decode-csv-text.ts):
 * UTF-8 when the bytes are valid UTF-8 (a byte order mark dropped), otherwise Windows-1252, which Excel on
 * Windows saves. So the text field shows "Müller", not "M�ller", before it is checked.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
