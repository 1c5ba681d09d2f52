// Reads QR codes off camera frames with jsQR (pure JavaScript: the CSP allows no WebAssembly),
// in a worker so the page stays responsive while the facilitator holds a phone up to the camera.
// A frame comes in as RGBA pixels; the answer is the code's text, or null.
import jsQR from 'jsqr';

export interface QrFrame {
  id: number;
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

self.onmessage = (event: MessageEvent<QrFrame>) => {
  const { id, width, height, pixels } = event.data;
  let text: string | null = null;
  try {
    text = jsQR(pixels, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
  } catch {
    text = null; // a frame it cannot read is a frame without a code
  }
  self.postMessage({ id, text });
};
