// Reading a text/event-stream answer in tests.

/**
 * Reads until `marker` arrives (or the stream ends), then closes the stream.
 * @param {Response} response
 * @param {string} marker
 */
export async function readUntil(response, marker) {
  const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(marker)) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
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
