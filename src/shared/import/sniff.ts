/** Recognising file containers by their first bytes, whatever the extension claims. */

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** OLE compound file: old .doc, but also a password-protected .docx. */
export function isOle(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * A password-protected OOXML file is an OLE container with streams named "EncryptionInfo" and
 * "EncryptedPackage". Directory entries store names in UTF-16LE, so searching the bytes for that
 * name finds them without walking the sector chains (simpler, and robust to odd sector sizes).
 */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return containsUtf16le(bytes, 'EncryptionInfo') || containsUtf16le(bytes, 'EncryptedPackage');
}

function containsUtf16le(bytes: Uint8Array, needle: string): boolean {
  const pattern = new Uint8Array(needle.length * 2);
  for (let i = 0; i < needle.length; i++) pattern[i * 2] = needle.charCodeAt(i);
  const last = bytes.length - pattern.length;
  outer: for (let i = bytes.indexOf(pattern[0]); i !== -1 && i <= last; i = bytes.indexOf(pattern[0], i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
