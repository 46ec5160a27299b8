// The contract as openapi.yaml states it, turned into response checks: every answer's status
// must be one the operation declares, its content type the declared one, and its JSON body
// valid against the declared schema (JSON Schema 2020-12, as OpenAPI 3.1 uses).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SPEC_ID = 'https://portal-announcements.invalid/openapi.json';

/**
 * @typedef {'listAnnouncements' | 'createAnnouncement' | 'getAnnouncement' | 'updateAnnouncement' | 'deleteAnnouncement' | 'announcementEvents'
 *   | 'recordReceipts' | 'receiptSummary'} OperationId
 */

export class Contract {
  /** @param {string} [file] openapi.yaml of this repository by default. */
  constructor(file = fileURLToPath(new URL('../../openapi.yaml', import.meta.url))) {
    this.spec = parse(readFileSync(file, 'utf8'));
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(this.spec, SPEC_ID);
    /** @type {Map<string, import('ajv').ValidateFunction>} */
    this.validators = new Map();
  }

  /**
   * A schema of components/schemas, for generating and checking values directly.
   * @param {string} name
   */
  schema(name) {
    return this.spec.components.schemas[name];
  }

  /**
   * Problems with one answer; an empty list when it conforms.
   * @param {OperationId} operationId
   * @param {Response} response
   * @param {unknown} body The parsed JSON body, if there is one.
   * @returns {string[]}
   */
  check(operationId, response, body) {
    const found = this.operation(operationId);
    const declared = found.operation.responses[String(response.status)] ? String(response.status) : 'default';
    if (declared === 'default' && response.status < 400) return [`${operationId}: status ${response.status} is not declared`];
    const pointer = `${found.pointer}/responses/${escape(declared)}`;
    const { value: answer, pointer: answerPointer } = this.resolve(found.operation.responses[declared], pointer);
    const problems = [];
    if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push(`${operationId} ${response.status}: no X-Content-Type-Options: nosniff`);
    if (!answer.content) return problems;
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    const media = answer.content[type];
    if (!media) return [...problems, `${operationId} ${response.status}: content type ${type || '(none)'} is not one of ${Object.keys(answer.content).join(', ')}`];
    if (!media.schema || type === 'text/event-stream') return problems;
    const schemaPointer = `${answerPointer}/content/${escape(type)}/schema`;
    const validate = this.validator(schemaPointer);
    if (!validate(body)) {
      problems.push(`${operationId} ${response.status}: body does not match the schema: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`);
    }
    return problems;
  }

  /** @param {OperationId} operationId */
  operation(operationId) {
    for (const [path, item] of Object.entries(this.spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (operation && typeof operation === 'object' && operation.operationId === operationId) {
          return { operation, pointer: `#/paths/${escape(path)}/${method}` };
        }
      }
    }
    throw new Error(`openapi.yaml has no operation ${operationId}`);
  }

  /**
   * Follows a `$ref` (to components/responses) and says where the result lives.
   * @param {any} value
   * @param {string} pointer
   */
  resolve(value, pointer) {
    if (!value.$ref) return { value, pointer };
    const path = value.$ref.slice(2).split('/').map(unescape);
    return this.resolve(
      path.reduce((/** @type {any} */ node, key) => node[key], this.spec),
      value.$ref,
    );
  }

  /** @param {string} pointer */
  validator(pointer) {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

/** @param {string} key JSON Pointer escaping (RFC 6901). */
const escape = (key) => key.replaceAll('~', '~0').replaceAll('/', '~1');
/** @param {string} key */
const unescape = (key) => key.replaceAll('~1', '/').replaceAll('~0', '~');
