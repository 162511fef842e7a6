/**
 * The operations of the API's own OpenAPI document (GET /openapi.json), and the smallest values
 * its schemas accept — what the route × role matrix and the input fuzzer call every route with.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch'];

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  nullable?: boolean;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  example?: unknown;
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

/** One operation: `METHOD /path/{param}` as the document spells it. */
export interface ApiOperation {
  readonly key: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly pathParameters: readonly string[];
  readonly queryParameters: readonly ParameterObject[];
  /** The JSON body's schema (resolved), if the operation takes one. */
  readonly jsonBody: SchemaObject | undefined;
  /** The operation takes a multipart upload (a `file` part). */
  readonly multipart: boolean;
}

export const operationKey = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;

/** Every operation of the document, sorted by path then method. */
export function operationsOf(document: OpenApiDocument): ApiOperation[] {
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      operations.push({
        key: operationKey(method, path),
        method,
        path,
        pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        queryParameters: parameters.filter((p) => p.in === 'query'),
        jsonBody: json ? resolve(document, json) : undefined,
        multipart: 'multipart/form-data' in content,
      });
    }
  }
  return operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** Follows `$ref` (and a single-entry `allOf`) to the schema it names. */
export function resolve(document: OpenApiDocument, schema: SchemaObject): SchemaObject {
  let current = schema;
  for (let hops = 0; hops < 16; hops += 1) {
    if (current.$ref) {
      const name = current.$ref.replace('#/components/schemas/', '');
      const target = document.components?.schemas?.[name];
      if (!target) throw new Error(`unresolved schema reference ${current.$ref}`);
      current = target;
    } else if (current.allOf?.length === 1 && !current.properties) {
      current = current.allOf[0]!;
    } else return current;
  }
  throw new Error('schema references loop');
}

/** Value for a field by its name (a fixture's ids), or undefined to let the schema decide. */
export type FieldFiller = (name: string, schema: SchemaObject) => unknown;

/**
 * The smallest value `schema` accepts: required properties only, the first enum member, the
 * minimum number, one array item when one is required. `fill` names the values that must be real
 * (ids of the caller's organisation, a year), by field name.
 */
export function minimalValue(
  document: OpenApiDocument,
  schema: SchemaObject,
  fill: FieldFiller = () => undefined,
  name = '',
): unknown {
  const resolved = resolve(document, schema);
  const filled = fill(name, resolved);
  if (filled !== undefined) return filled;
  if (resolved.example !== undefined && resolved.type !== 'object') return resolved.example;
  if (resolved.enum?.length) return resolved.enum[0];
  const variant = resolved.oneOf?.[0] ?? resolved.anyOf?.[0];
  if (variant) return minimalValue(document, variant, fill, name);
  const type = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== 'null') : resolved.type;
  switch (type ?? (resolved.properties ? 'object' : 'string')) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of resolved.required ?? []) {
        const property = resolved.properties?.[key];
        if (property) value[key] = minimalValue(document, property, fill, key);
      }
      return value;
    }
    case 'array': {
      const count = Math.max(resolved.minItems ?? 0, 1);
      return Array.from({ length: count }, () => minimalValue(document, resolved.items ?? {}, fill, name));
    }
    case 'integer':
    case 'number':
      return resolved.minimum ?? 1;
    case 'boolean':
      return false;
    default:
      return minimalString(resolved);
  }
}

function minimalString(schema: SchemaObject): string {
  switch (schema.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'date':
      return '2000-01-01';
    case 'date-time':
      return '2000-01-01T00:00:00.000Z';
    case 'email':
      return 'someone@example.org';
    default:
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
  }
}
