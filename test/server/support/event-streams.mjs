// Reading a text/event-stream answer in tests.

/**
 * A reader that collects the stream's text; `until(marker)` waits for the marker to arrive
 * after everything consumed so far.
 * @param {Response} response
 */
export function eventReader(response) {
  const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let consumed = 0;
  return {
    /** @param {string} marker */
    async until(marker) {
      while (!text.slice(consumed).includes(marker)) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      const arrived = text.slice(consumed);
      consumed = text.length;
      return arrived;
    },
    cancel: () => reader.cancel(),
  };
}

/**
 * Reads until `marker` arrives (or the stream ends), then closes the stream.
 * @param {Response} response
 * @param {string} marker
 */
export async function readUntil(response, marker) {
  const reader = eventReader(response);
  const text = await reader.until(marker);
  await reader.cancel();
  return text;
}

/**
 * Whatever the stream sends within `ms`, then closes it.
 * @param {Response} response
 * @param {number} ms
 */
export async function readFor(response, ms) {
  const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = setTimeout(() => void reader.cancel(), ms);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  clearTimeout(deadline);
  return text;
}
