// String.fromCharCode takes its bytes as arguments: a whole file at once would exceed the call stack.
const CHUNK = 0x8000;

/** A file's bytes in base64, as the API takes spreadsheets: the server reads the encoding itself. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
