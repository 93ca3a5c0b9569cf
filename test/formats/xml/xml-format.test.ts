/**
 * The Format object and the convenience API: serializer choice per dialect and DTO, the
 * declaration, indentation, newlines, accepted value forms, XmlSerializer refusals, generic names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Dto, Member } from '../../../src/framework/dto/decorators.js';
import { InvalidOperationException } from '../../../src/framework/errors/exceptions.js';
import { codecOptions } from '../../../src/framework/formats/codec-options.js';
import {
  canWriteWithXmlSerializer, genericContractName, stableName, xml, xmlFormat, XmlWriteRefusedException,
} from '../../../src/framework/formats/xml/index.js';
import { formatScalar } from '../../../src/framework/formats/xml/xml-scalars.js';
import { Decimal } from '../../../src/framework/types/decimal.js';
import { formatDouble } from '../../../src/framework/types/number-format.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import { resolveTypeSpec, type TypeRef } from '../../../src/framework/types/type-ref.js';
import {
  BaseResponseModel, Color, CreateTwoFactorSmsOtpResponse, CreateTwoFactorSmsOtpResponseCode, ErrorResponse, GenerateTwoFactorAuthenticationKeyResponse,
  Link, Poco, ResponseStatus, ScalarShapes, Verify2FAOptInRequest,
} from '../../fixtures/oracle-dtos.js';

const cls = (ctor: abstract new () => object): TypeRef => ({ kind: 'class', ctor: ctor as never });
const DECL = '<?xml version="1.0" encoding="utf-8"?>';

describe('xmlFormat', () => {
  it('describes itself', () => {
    assert.equal(xmlFormat.name, 'xml');
    assert.equal(xmlFormat.extension, 'xml');
    assert.equal(xmlFormat.contentType, 'application/xml');
    assert.deepEqual([...xmlFormat.mediaTypes], ['application/xml', 'text/xml']);
  });

  it('ServiceStack: DataContract with the declaration and no newline after it', () => {
    const status = Object.assign(new ResponseStatus(), { ErrorCode: 'NotImplementedException', Message: 'The operation does not exist for this service', Errors: [] });
    const text = xmlFormat.write(Object.assign(new ErrorResponse(), { ResponseStatus: status }), cls(ErrorResponse), codecOptions());
    // servicestack-wire.md §6.5, verbatim.
    assert.equal(text, `${DECL}<ErrorResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.servicestack.net/types"><ResponseStatus><ErrorCode>NotImplementedException</ErrorCode><Message>The operation does not exist for this service</Message><StackTrace i:nil="true" /><Errors /><Meta xmlns:d3p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays" i:nil="true" /></ResponseStatus></ErrorResponse>`);
  });

  it('ASP.NET: no declaration; DataContract by default, XmlSerializer for DTOs declared so', () => {
    const aspnet = codecOptions({ dialect: 'aspnet' });
    const response = Object.assign(new CreateTwoFactorSmsOtpResponse(), { Id: 1, OtpIdReference: 'sample string 2', Success: true, Code: CreateTwoFactorSmsOtpResponseCode.MaxOtpRequestExceededCode });
    // dialects.md §2.4.1, verbatim.
    assert.equal(xmlFormat.write(response, cls(CreateTwoFactorSmsOtpResponse), aspnet),
      '<CreateTwoFactorSmsOtpResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Response"><Code>MaxOtpRequestExceededCode</Code><ExceptionMessage i:nil="true" /><GsmNumber i:nil="true" /><Id>1</Id><OtpCode i:nil="true" /><OtpIdReference>sample string 2</OtpIdReference><ReferenceCode i:nil="true" /><RemainingExpirationSeconds>0</RemainingExpirationSeconds><Success>true</Success></CreateTwoFactorSmsOtpResponse>');
    const model = Object.assign(new BaseResponseModel(), { StatusMessage: 's', _links: [Object.assign(new Link(), { rel: 'r', href: 'h', method: 'm', title: 't' })] });
    // dialects.md §2.4.2, verbatim.
    assert.equal(xmlFormat.write(model, cls(BaseResponseModel), aspnet),
      '<BaseResponseModel xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><_links><Link><rel>r</rel><href>h</href><method>m</method><title>t</title></Link></_links><StatusMessage>s</StatusMessage></BaseResponseModel>');
    assert.ok(xmlFormat.write(model, cls(BaseResponseModel), codecOptions()).startsWith(`${DECL}<BaseResponseModel xmlns:i=`), 'ServiceStack only speaks DataContract');
    const read = xmlFormat.read('<BaseResponseModel><StatusMessage>s</StatusMessage></BaseResponseModel>', cls(BaseResponseModel), aspnet) as BaseResponseModel;
    assert.equal(read.StatusMessage, 's');
  });

  it('indents metadata samples after the declaration, with the host newline', () => {
    const poco = Object.assign(new Poco(), { Id: 1, Name: 'a\nb' });
    assert.equal(xml.stringify(poco, Poco, { pretty: true, newline: '\r\n' }),
      `${DECL}\r\n<Poco xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Oracle.Shapes">\r\n  <Id>1</Id>\r\n  <Name>a\nb</Name>\r\n</Poco>`);
    assert.equal(xml.stringify(poco, Poco, { xmlDeclaration: false, newline: '\r\n' }),
      '<Poco xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Oracle.Shapes"><Id>1</Id><Name>a\r\nb</Name></Poco>');
  });

  it('accepts the documented value forms', () => {
    const v = Object.assign(new ScalarShapes(), {
      Dec: 1.5, DecTrailingZeros: '1.10', DecMax: 7n, LongMax: 9223372036854775807n, Bytes: Uint8Array.of(1, 2), Ch: 65,
      Color: 'Blue', Perms: 3, Id: '3F2504E04F8911D39A0C0305E82C3301',
    });
    const text = xml.stringify(v, ScalarShapes, { xmlDeclaration: false });
    for (const part of ['<Dec>1.5</Dec>', '<DecTrailingZeros>1.10</DecTrailingZeros>', '<DecMax>7</DecMax>', '<LongMax>9223372036854775807</LongMax>',
      '<Bytes>AQI=</Bytes>', '<Ch>65</Ch>', '<Color>Blue</Color>', '<Perms>Read Write</Perms>', '<Id>3f2504e0-4f89-11d3-9a0c-0305e82c3301</Id>']) {
      assert.ok(text.includes(part), part);
    }
    assert.ok(xml.stringify(TimeSpan.fromMilliseconds(1500), 'TimeSpan', { xmlDeclaration: false }).includes('>PT1.5S<'));
    assert.ok(xml.stringify(1500, 'TimeSpan', { xmlDeclaration: false }).includes('>PT1.5S<'));
    assert.ok(xml.stringify(new Date(Date.UTC(2024, 0, 2)), 'DateTime', { xmlDeclaration: false }).includes('>2024-01-02T00:00:00Z<'));
    assert.ok(xml.stringify(new Map([['a', 1]]), 'Dictionary<string,int>', { xmlDeclaration: false }).includes('<Key>a</Key><Value>1</Value>'));
    assert.ok(xml.stringify({ Id: 3, Name: 'plain object' }, Poco, { xmlDeclaration: false }).includes('<Id>3</Id><Name>plain object</Name>'));
    assert.ok(xml.stringify(new Decimal('-0.50'), 'decimal', { xmlDeclaration: false }).includes('>-0.50<'));
    assert.ok(xml.stringify(Color.Green, Color, { xmlDeclaration: false }).includes('>Green<'));
  });

  it('refuses what XmlSerializer refuses, and says so before writing', () => {
    assert.equal(canWriteWithXmlSerializer(cls(Verify2FAOptInRequest)), true);
    assert.equal(canWriteWithXmlSerializer(cls(BaseResponseModel)), true);
    for (const t of [cls(ResponseStatus), cls(ErrorResponse), cls(GenerateTwoFactorAuthenticationKeyResponse), resolveTypeSpec('Dictionary<string,string>')]) {
      assert.equal(canWriteWithXmlSerializer(t), false);
      assert.throws(() => xml.stringify(null, t, { serializer: 'XmlSerializer' }), (e: unknown) => e instanceof XmlWriteRefusedException && e instanceof InvalidOperationException);
    }
  });

  it('stops on cyclic object graphs instead of overflowing the stack', () => {
    @Dto({ namespace: 'Cycles' })
    class Node { @Member(() => Node) Next?: Node; }
    const n = new Node();
    n.Next = n;
    assert.throws(() => xml.stringify(n, Node), /contains cycles/);
    assert.throws(() => xml.stringify(n, Node, { serializer: 'XmlSerializer' }), /circular reference/);
  });
});

describe('DataContract generic names', () => {
  it('reproduces .NET\'s hashed names', () => {
    assert.equal(genericContractName('Envelope', [cls(Poco)]), 'EnvelopeOfPocogTlTk_SBE');
    assert.equal(genericContractName('Envelope', [resolveTypeSpec('string')]), 'EnvelopeOfstring');
    assert.equal(genericContractName('Envelope', [resolveTypeSpec('List<int>')]), 'EnvelopeOfArrayOfintuHEDJ7Dj');
    assert.equal(stableName(resolveTypeSpec('Dictionary<string,int?>')).name, 'ArrayOfKeyValueOfstringNullableOfintU6ho3Bhd');
    assert.equal(stableName(resolveTypeSpec('int?')).name, 'NullableOfint');
    assert.equal(stableName(resolveTypeSpec('List<int?>')).ns, 'http://schemas.datacontract.org/2004/07/System');
  });

  it('digests long namespace lists the way .NET\'s frozen MD5 variant does', () => {
    // Over 55 bytes of namespaces forces a second block, where the variant departs from MD5.
    @Dto({ namespace: 'A.Very.Long.Namespace.Name.That.Pushes.The.Digest.Input.Past.One.Block' })
    class Wide {}
    // What .NET names Pair<Wide, Wide> (probe against Mono's DataContractSerializer).
    assert.equal(genericContractName('Pair', [cls(Wide), cls(Wide)]), 'PairOfWideWidehGtshP5k');
  });
});

describe('XML round trips (property)', () => {
  it('the double fast path spells numbers exactly as formatDouble does, on both runtimes', () => {
    for (const runtime of ['core', 'framework'] as const) {
      fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 1e-5, max: 1e16, noNaN: true })), (d) => {
        if (d === 0) return;
        assert.equal(formatScalar('double', d, { runtime, timeZone: undefined }), formatDouble(d, runtime, false));
      }), { numRuns: 20_000 });
    }
  });

  it('ScalarShapes values survive write → read in both serializers', () => {
    const char16 = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const text = fc.string({ unit: fc.oneof(char16.filter((c) => !/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(c)), fc.constantFrom('\n', '\t', '<', '&', '>')) });
    const arb = fc.record({
      Id: fc.uuid(), Dec: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((b) => new Decimal(`${b}.${String(b < 0n ? -b : b).slice(-2)}`)),
      Dbl: fc.double({ noNaN: true }), Flt: fc.float({ noNaN: true }).map(Math.fround), LongMax: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      Byte: fc.integer({ min: 0, max: 255 }), Short: fc.integer({ min: -32768, max: 32767 }), Bytes: fc.uint8Array().map((u) => Buffer.from(u)),
      Ch: char16, Flag: fc.boolean(), Text: text, Whitespace: text, Color: fc.constantFrom(0, 1, 2), Perms: fc.integer({ min: 0, max: 7 }),
    });
    fc.assert(fc.property(arb, fc.boolean(), (values, xs) => {
      const v: ScalarShapes = Object.assign(new ScalarShapes(), values as unknown as Partial<ScalarShapes>);
      const options = { serializer: xs ? 'XmlSerializer' : 'DataContract', dialect: xs ? 'aspnet' : 'servicestack' } as const;
      const back = xml.parse<ScalarShapes>(xml.stringify(v, ScalarShapes, options), ScalarShapes, options);
      assert.equal(back.Id, v.Id);
      assert.equal(String(back.Dec), String(v.Dec));
      assert.ok(Object.is(back.Dbl, v.Dbl), `${back.Dbl} vs ${v.Dbl}`);
      assert.ok(Object.is(back.Flt, v.Flt), `${back.Flt} vs ${v.Flt}`);
      assert.equal(BigInt(back.LongMax!), v.LongMax);
      assert.deepEqual([back.Byte, back.Short, back.Ch, back.Flag, back.Color, back.Perms], [v.Byte, v.Short, v.Ch, v.Flag, v.Color, v.Perms]);
      assert.deepEqual([...back.Bytes ?? []], [...v.Bytes!]);
      assert.equal(back.Text ?? '', v.Text);
      assert.equal(back.Whitespace ?? '', v.Whitespace);
    }), { numRuns: 2_000 });
  });
});
