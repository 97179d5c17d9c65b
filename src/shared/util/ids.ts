/**
 * Stable, sortable-enough ids without platform APIs: 128 random bits from Math.random are not
 * cryptographic, but ids only need to be unique within a user's projects, and REFI-QDA needs
 * GUID-shaped ids, so every id is a lower-case RFC 4122 version-4 GUID.
 */
export function newId(random: () => number = Math.random): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
