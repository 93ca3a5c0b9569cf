/**
 * Seed 001: `POST User/verify-2fa-opt-in`. The URI parameters FileId (required) and WsAccessKey
 * (legacy; the X-WsAccessKey header is the preferred carrier, since secrets in URLs end up in
 * logs) are not members of the body model, as in the original Web API action: the service reads
 * them from the query string (@WebApiAction declares them). Required members are checked by the service (ModelState-style 400).
 */
import { Dto, Member, Returns, Route, WebApiAction } from '../../src/index.js';
import { BaseResponseModel } from './base-response-model.js';
import { FILE_PARAMETERS } from './file-parameters.js';

@Dto({ namespace: 'PartnerApi.Models', dialect: 'aspnet', xml: 'XmlSerializer', description: 'Verify the 2FA opt-in request by passing in the OTP and ProviderUserId.' })
@Route('/User/verify-2fa-opt-in', 'POST')
@Returns(() => BaseResponseModel)
@WebApiAction(FILE_PARAMETERS)
export class Verify2FAOptInRequest {
  @Member('int', { description: 'The provider user id of the mobile number registered for 2FA.', required: true, example: 1 })
  ProviderUserId?: number;
  @Member('string', { description: 'The one time password (OTP) sms-ed to the registered mobile number when you opt-in to 2FA.', required: true, example: '123456' })
  Otp?: string;
}
