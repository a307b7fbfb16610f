const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The text of a CSV file as Excel and other tools save it: UTF-8 (with or without a byte order mark), or
 * Windows-1252 (what Excel on Windows writes as "CSV (separated by semicolons)"). Bytes that are not valid
 * UTF-8 are read as Windows-1252: a file in that encoding is almost never valid UTF-8 once it holds an
 * accented letter, and a file of plain ASCII reads the same either way.
 */
export function decodeCsvText(bytes: Uint8Array): string {
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/**
 * The separator of a CSV file: a semicolon (the Dutch Excel) or a comma, whichever its header row holds more
 * of outside quotes. The header is the one row Koers knows the shape of: names with a comma come later.
 */
export function detectSeparator(text: string): ';' | ',' {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}
