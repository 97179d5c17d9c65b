/** Timestamps as transcripts write them: "1:02:03", "01:23", "00:01:23.450", "00:01:23,450". */
export const TIMESTAMP_PATTERN = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

/** Seconds for "h:mm:ss", "mm:ss" or "m:ss", with optional fraction after "." or ","; else undefined. */
export function parseClockTime(value: string): number | undefined {
  const match = /^(\d{1,3}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [, first, second, third, fraction] = match;
  const fractionSeconds = fraction ? Number(fraction) / 10 ** fraction.length : 0;
  if (third !== undefined) {
    if (Number(second) > 59 || Number(third) > 59) return undefined;
    return Number(first) * 3600 + Number(second) * 60 + Number(third) + fractionSeconds;
  }
  if (Number(second) > 59) return undefined;
  return Number(first) * 60 + Number(second) + fractionSeconds;
}
