/**
 * SMS text from a configuration's template. Placeholders: {code}, {ref} (the short reference
 * code) and {minutes} (lifetime, rounded up). A template without {code} is refused: the message
 * would be useless.
 */
export interface TemplateValues {
  code: string;
  referenceCode: string;
  expirySeconds: number;
}

export function renderSmsBody(template: string, v: TemplateValues): string {
  if (!template.includes('{code}')) throw new Error('The message template has no {code} placeholder');
  return template.replace(/\{(code|ref|minutes)\}/g, (_, name: string) =>
    name === 'code' ? v.code : name === 'ref' ? v.referenceCode : String(Math.ceil(v.expirySeconds / 60)));
}
