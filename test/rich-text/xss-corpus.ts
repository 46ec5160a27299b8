/**
 * Loads the public XSS payload corpora kept in `test/fixtures/xss/` (its README says where each
 * file comes from). The test server serves the repository, so the page fetches them directly.
 */
export interface XssPayload {
  /** Where it comes from, for failure messages: `file#line` or `file: title`. */
  label: string;
  payload: string;
}

export const XSS_CORPUS_FILES = [
  'dompurify-fixtures.json',
  'pat-BRUTELOGIC-XSS-STRINGS.txt',
  'pat-IntrudersXSS.txt',
  'pat-MarioXSSVectors.txt',
  'pat-RSNAKE_XSS.txt',
  'pat-XSS_Polyglots.txt',
] as const;

const CORPUS_URL = new URL('../fixtures/xss/', import.meta.url);

/** The text of one corpus file; rejects with a message that says where the file should be. */
export async function fetchCorpusFile(file: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(new URL(file, CORPUS_URL));
  } catch (error) {
    throw new Error(`Cannot request the XSS corpus file ${file}: ${String(error)}`);
  }
  if (!response.ok) {
    throw new Error(
      `The XSS corpus file ${file} is missing (HTTP ${response.status}: ${(await response.text()).slice(0, 200)}). ` +
        'The security tests need the corpora in test/fixtures/xss/.',
    );
  }
  return response.text();
}

function parseCorpus(file: string, text: string): XssPayload[] {
  if (file.endsWith('.json')) {
    const entries = JSON.parse(text) as Array<{ title?: string; payload?: unknown }>;
    return entries
      .filter((entry): entry is { title?: string; payload: string } => typeof entry.payload === 'string')
      .map((entry) => ({ label: `${file}: ${entry.title ?? ''}`, payload: entry.payload }));
  }
  return text
    .split('\n')
    .map((line, index) => ({ label: `${file}#${index + 1}`, payload: line }))
    .filter(({ payload }) => payload.trim() !== '');
}

/** Every payload of every corpus file; rejects with a clear message when one is missing. */
export async function loadXssCorpus(): Promise<XssPayload[]> {
  const texts = await Promise.all(XSS_CORPUS_FILES.map(fetchCorpusFile));
  return XSS_CORPUS_FILES.flatMap((file, index) => parseCorpus(file, texts[index]));
}
