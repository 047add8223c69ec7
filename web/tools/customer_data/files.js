// A file's bytes as the engine takes them: read from disk with progress, the start of it as
// base64 for the preview (the core detects the encoding from the bytes), the whole of it as text
// once its encoding is known (TextDecoder: UTF-8, or the GBK / UTF-16 label the core names).
// No statistics here: the page moves bytes, the core reads them.

// The first bytes the preview looks at (the core's encoding sample is 64 KiB).
export const PREVIEW_BYTES = 64 * 1024;

// Files above this size are not sent in one request (a request holds at most 1 MiB, and JSON
// escapes make a text longer): the engine's Worker reads them slice by slice instead
// (engine/datasets.js) and keeps their summary.
export const STREAMED_ABOVE = 768 * 1024;

// The start of a big file for the preview: one byte more than it looks at, so the preview knows
// the file goes on.
export async function readHead(blob) {
  return new Uint8Array(await blob.slice(0, PREVIEW_BYTES + 1).arrayBuffer());
}

// RFC 4648 base64 of `bytes` (a Uint8Array), built in slices so no argument list overflows.
export function toBase64(bytes) {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

// The text of `bytes` in `encoding` ('utf-8', 'gbk', 'utf-16le', ...); a byte order mark is
// dropped. Throws a TypeError when this browser has no such decoder.
export function decodeText(bytes, encoding = 'utf-8') {
  return new TextDecoder(encoding).decode(bytes);
}

// The whole file as a Uint8Array, reading it piece by piece so progress can be shown:
// onProgress(fraction) after each piece; `signal` stops it (AbortError).
export async function readBytes(file, { onProgress = () => {}, signal } = {}) {
  if (!file.stream) return new Uint8Array(await file.arrayBuffer());
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  for (;;) {
    if (signal?.aborted) {
      reader.cancel().catch(() => {});
      throw new DOMException('cancelled', 'AbortError');
    }
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value.subarray(0, Math.max(0, out.length - at)), at);
    at += value.length;
    onProgress(file.size ? Math.min(1, at / file.size) : 1);
  }
  return at === out.length ? out : out.subarray(0, Math.min(at, out.length));
}

// "228 KB", "1.4 MB": a size for reading, in the page's language digits.
export function sizeText(bytes, locale = 'en-US') {
  const nf = (digits) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  if (bytes < 1024) return `${nf(0).format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${nf(0).format(bytes / 1024)} KB`;
  return `${nf(1).format(bytes / (1024 * 1024))} MB`;
}
