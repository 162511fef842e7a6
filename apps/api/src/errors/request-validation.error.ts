import type { ValidationError } from 'class-validator';

export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly messageZhCN: string;
  readonly messageEn: string;
}

/** zh-CN wording of the class-validator rules the DTOs use; others fall back to a generic sentence. */
const zhCN: Record<string, (field: string, en: string) => string> = {
  isNotEmpty: (f) => `${f} 不能为空`,
  isString: (f) => `${f} 必须是文本`,
  isInt: (f) => `${f} 必须是整数`,
  min: (f, en) => `${f} 小于允许的最小值（${en.replace(/^.*?(\d[\d.]*)\D*$/, '$1')}）`,
  max: (f, en) => `${f} 超过允许的最大值（${en.replace(/^.*?(\d[\d.]*)\D*$/, '$1')}）`,
  maxLength: (f) => `${f} 太长`,
  isUuid: (f) => `${f} 必须是 UUID`,
  matches: (f) => `${f} 格式不正确`,
  isIn: (f) => `${f} 不是允许的取值`,
  isObject: (f) => `${f} 必须是对象`,
  isArray: (f) => `${f} 必须是数组`,
  arrayMaxSize: (f) => `${f} 条目过多`,
  isBoolean: (f) => `${f} 必须是 true 或 false`,
  whitelistValidation: (f) => `不允许的字段 ${f}`,
  wellFormedText: (f) => `${f} 含有无效字符（空字符或不成对的代理项）`,
  noPrototypeKeys: (f) => `不允许的字段 ${f}（对象原型的属性名）`,
  noControlCharacters: (f) => `${f} 含有控制字符（如空字符、换行符）或无效字符`,
};

function flatten(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, messageEn]) => ({
      field,
      rule,
      messageEn,
      messageZhCN: zhCN[rule]?.(field, messageEn) ?? `${field} 无效：${messageEn}`,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Raised by the ValidationPipe; the error filter turns it into a 400 naming each field. */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  readonly fields: FieldError[];
  constructor(errors: readonly ValidationError[]) {
    const fields = flatten(errors);
    super(fields.map((f) => f.messageEn).join('; '));
    this.fields = fields;
  }
}
