/** An AppHost with ServiceStack's built-in formats registered, JSON first (the default). */
import { csvFormat } from '../formats/csv/csv-format.js';
import { htmlFormat } from '../formats/html/html-format.js';
import { jsonFormat } from '../formats/json/json-format.js';
import { jsvFormat } from '../formats/jsv/jsv-format.js';
import { xmlFormat } from '../formats/xml/xml-format.js';
import { AppHost } from './app-host.js';
import type { HostConfigInput } from './host-config.js';

export function createHost(config: HostConfigInput = {}): AppHost {
  return new AppHost(config).addFormat(jsonFormat).addFormat(xmlFormat).addFormat(jsvFormat).addFormat(htmlFormat).addFormat(csvFormat);
}
