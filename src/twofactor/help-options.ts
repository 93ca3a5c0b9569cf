/**
 * How the product's ASP.NET-era endpoints are documented on /Help, so the pages read as seeds 000
 * and 001 do. Shared by the composition root and the seed golden tests.
 */
import type { HelpPageOptions } from '../../metadata/help/help-pages.js';
import { parseCSharpType, requiresAuthentication, type Operation } from '../index.js';
import { FILE_URI_PARAMETERS, takesFileParameters } from './services/file-access.js';

/**
 * Stackport's own word on credentials, beside seed 001's parameter text (kept as the seed has it,
 * though "File - Settings" and OAuth do not exist here).
 */
const CREDENTIALS_NOTE = '<aside class="stackport-note"><h2>Authentication on Stackport</h2>'
  + '<p>The User APIs need a credential for the file named by <code>FileId</code>: an access key in the <code>X-WsAccessKey</code> request header '
  + '(preferred: it stays out of URLs, and so out of proxy and access logs), or a bearer token (<code>Authorization: Bearer &lt;JWT&gt;</code>). '
  + 'The legacy <code>WsAccessKey</code> query parameter still works for existing clients. Without a valid credential for that file the answer is 401.</p>'
  + '<p>Access keys are issued per user and file by the operator of the service and stored hashed: <code>BOOTSTRAP_WS_ACCESS_KEY</code> registers one at start-up. '
  + 'In development, <code>npm run dev:credentials</code> prints a new key and a bearer token, with example requests.</p>'
  + '<p><code>curl -X POST -H "X-WsAccessKey: $KEY" -H \'Content-Type: application/json\' -d \'{"MobileNumber":"0401234567"}\' \'http://localhost:5000/User/opt-in-to-2fa?FileId=1\'</code></p></aside>';

/** CreateTwoFactorSmsOtp's optional action parameter (its body stays seed 000's contract). */
const LOCALE_URI_PARAMETERS = [{
  name: 'Locale', type: parseCSharpType('string'),
  description: 'The language of the SMS text (BCP 47: tr, en-GB). Without it the number\'s country decides, else the configuration\'s default locale.',
  annotations: ['Optional.'],
}] as const;
const takesLocale = (op: Operation): boolean => op.requestType.name === 'CreateTwoFactorSmsOtpRequest';

export const twoFactorHelpOptions: HelpPageOptions = {
  uriParameters: (op) => (takesFileParameters(op) ? FILE_URI_PARAMETERS : takesLocale(op) ? LOCALE_URI_PARAMETERS : undefined),
  notes: (op) => (op === undefined || takesFileParameters(op) ? CREDENTIALS_NOTE : undefined),
  // The partner API's endpoints were configured without the form-urlencoded formatters.
  formUrlEncoded: (op) => !takesFileParameters(op),
  // The partner API is protected as a whole (auth/two-factor-auth.ts), the rest by its decorators.
  errorResponses: { authenticated: (op) => requiresAuthentication(undefined, op) || takesFileParameters(op) },
  samples: {
    // Seed 000's samples show Code = MaxOtpRequestExceededCode (4000), but the Help Page generator
    // takes an enum's lowest value and our registry keeps the catalogue's Success = 1: the original
    // service set this sample the way HelpPageConfig.SetSampleForType does.
    enumValue: (meta) => (meta.name === 'CreateTwoFactorSmsOtpResponseCode' ? 4000 : undefined),
  },
};
