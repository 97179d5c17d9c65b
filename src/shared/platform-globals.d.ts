/**
 * The few standard globals `src/shared` may use: they exist with the same behaviour in browsers,
 * Electron and Node (WHATWG Encoding), so they are not "DOM" or "Node" APIs. Declared here because
 * the shared layer compiles without the DOM and Node type libraries, which keeps everything else
 * out of reach.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecodeOptions {
  stream?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

