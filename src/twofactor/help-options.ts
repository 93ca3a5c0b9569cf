/**
 * How the product's ASP.NET-era endpoints are documented on /Help, so the pages read as seeds 000
 * and 001 do. Shared by the composition root and the seed golden tests.
 */
import type { HelpPageOptions } from '../../metadata/help/help-pages.js';
import { FILE_URI_PARAMETERS, takesFileParameters } from './services/file-access.js';

export const twoFactorHelpOptions: HelpPageOptions = {
  uriParameters: (op) => (takesFileParameters(op) ? FILE_URI_PARAMETERS : undefined),
  // The partner API's endpoints were configured without the form-urlencoded formatters.
  formUrlEncoded: (op) => !takesFileParameters(op),
  samples: {
    // Seed 000's samples show Code = MaxOtpRequestExceededCode (4000), but the Help Page generator
    // takes an enum's lowest value and our registry keeps the catalogue's Success = 1: the original
    // service set this sample the way HelpPageConfig.SetSampleForType does.
    enumValue: (meta) => (meta.name === 'CreateTwoFactorSmsOtpResponseCode' ? 4000 : undefined),
  },
};
