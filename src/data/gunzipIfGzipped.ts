import { gunzipSync } from 'fflate';

/**
 * The bytes unpacked when they are gzip (magic 1f 8b), else as they are: the
 * demo offences are shipped gzipped, and a server may already have unpacked
 * them (Content-Encoding), so the bytes decide, not the name.
 */
export function gunzipIfGzipped(bytes: Uint8Array): Uint8Array {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}
