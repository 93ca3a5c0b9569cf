/**
 * Seed 001's sibling: `POST User/opt-in-to-2fa {MobileNumber}` → a ProviderUserId and an SMS.
 * Same URI parameters as verify-2fa-opt-in (FileId, WsAccessKey).
 */
import { Dto, Member, Returns, Route, WebApiAction } from '../../src/index.js';
import { BaseResponseModel } from './base-response-model.js';
import { FILE_PARAMETERS } from './file-parameters.js';

const NS = 'PartnerApi.Models';

@Dto({ namespace: NS, dialect: 'aspnet', xml: 'XmlSerializer', description: 'The outcome of an opt-in: the provider user id to verify with.' })
export class OptInTo2FAResponse extends BaseResponseModel {
  @Member('int', { description: 'The provider user id of the mobile number registered for 2FA; pass it to verify-2fa-opt-in.' })
  ProviderUserId = 0;
}

@Dto({ namespace: NS, dialect: 'aspnet', xml: 'XmlSerializer', description: 'Opt in to 2FA: an OTP is sms-ed to the mobile number, to be confirmed with verify-2fa-opt-in.' })
@Route('/User/opt-in-to-2fa', 'POST')
@Returns(() => OptInTo2FAResponse)
@WebApiAction(FILE_PARAMETERS)
export class OptInTo2FARequest {
  @Member('string', { description: 'The mobile number to register for 2FA, e.g. 0499999999 (national numbers are read in the configured default region) or +61499999999.', required: true, example: '0401234567' })
  MobileNumber?: string;
}
